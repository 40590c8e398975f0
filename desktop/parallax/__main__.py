"""`python -m parallax`: the same as the `parallax` command."""

from parallax.cli.commands import main

raise SystemExit(main())
