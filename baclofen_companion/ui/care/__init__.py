"""The Care tab: appointments, questions for the doctor, lab checks."""
