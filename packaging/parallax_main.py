"""Entry script of the PyInstaller bundle: the `parallax` command (reader window or CLI)."""

import multiprocessing

from parallax.cli.commands import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # analyse_many(n_process=...) starts workers from here
    raise SystemExit(main())
