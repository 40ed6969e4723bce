"""The one exception type the workbench raises for problems a learner can fix.

The command line prints its message alone, without a traceback: for learners, the message is the
lesson, so it says what was wrong and how to fix it.
"""


class WorkbenchError(Exception):
    """A problem with the learner's input or machine, with a message that says how to fix it."""
