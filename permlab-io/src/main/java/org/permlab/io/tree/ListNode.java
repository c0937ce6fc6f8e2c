package org.permlab.io.tree;

import java.util.Iterator;
import java.util.List;

/** A YAML sequence or JSON array. */
public record ListNode(Location location, String path, List<Node> items) implements Node, Iterable<Node> {

    public ListNode {
        items = List.copyOf(items);
    }

    public int size() {
        return items.size();
    }

    public Node get(int index) {
        return items.get(index);
    }

    @Override
    public Iterator<Node> iterator() {
        return items.iterator();
    }

    @Override
    public String kind() {
        return "a list";
    }
}
