"""The frame around the features: main window, tray, banners, settings, theme and language."""
