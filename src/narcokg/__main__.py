"""``python -m narcokg`` runs the command line."""

from narcokg.cli import main

main()
