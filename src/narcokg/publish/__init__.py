"""Getting the graph to other people: pushing it into a triple store."""
