"""Drawing with QtGui only (no widgets), shared by the window and the command line.

Charts, the appointment report, the packing list, the shared words and the app icon.
"""
