package org.permlab.pals;

/** How the constant background (counts per channel) is treated (PALSfit's background constraints). */
public sealed interface Background permits Background.Free, Background.Fixed, Background.FromChannels {

    /** Fitted. */
    record Free() implements Background {
    }

    /** Fixed at a value, counts per channel. */
    record Fixed(double countsPerChannel) implements Background {
    }

    /** Fixed at the mean count of a channel range (usually before the prompt peak or in the far tail). */
    record FromChannels(ChannelRange channels) implements Background {
    }
}
