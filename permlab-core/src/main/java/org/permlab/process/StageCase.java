package org.permlab.process;

/**
 * One stage with its feed: the input of {@code permlab process stage}.
 *
 * @param name  the case's name
 * @param stage the stage
 * @param feed  its feed
 */
public record StageCase(String name, Stage stage, ProcessStream feed) {

    public StageResult solve() {
        return stage.solve(feed);
    }
}
