"""The session-plan editor of the meetings pane (`editor.PlanEditor`), and method choices for
method fields (`choices`); imported by module, so a method field does not load the editor."""
