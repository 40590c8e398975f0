"""What the command line and the reader share: analyses, importing, marks, output."""
