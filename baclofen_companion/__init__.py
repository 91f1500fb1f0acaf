"""Baclofen Companion: take every dose on time, change doses safely, keep a diary for the doctor."""

__version__ = "0.1.0"
APP_NAME = "Baclofen Companion"
