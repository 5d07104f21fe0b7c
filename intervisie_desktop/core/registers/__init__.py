"""Professional registers: their number forms and yearly rules (data files), number checks,
who meets the rules, and the registration-number lists accreditation portals take."""
