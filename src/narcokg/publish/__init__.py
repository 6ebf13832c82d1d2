"""Getting the graph to other people: pushing the built graph into a triple store of your own
over the SPARQL 1.1 Graph Store Protocol, in chunks that keep blank nodes together, with
credentials from the environment or asked for once. It sits above ``queries`` because it reuses
the remote engine's credentials and answer excerpts. Internal: ``narcokg push`` is the interface.
"""
