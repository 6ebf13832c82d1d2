"""Getting the graph to other people: pushing the built graph into a triple store of your own
over the SPARQL 1.1 Graph Store Protocol (with credentials, a scratch graph and an atomic swap).
It sits above ``queries`` because it reuses the remote engine to check what it pushed. Internal:
the command line (``narcokg push``) is the interface.
"""
