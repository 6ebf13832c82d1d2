"""``python -m narcokg`` runs the command line."""

from narcokg.entry import main

main()
