"""Exports: yearly summary, certificates and attendance list as PDF (Qt), CSV and iCalendar."""
