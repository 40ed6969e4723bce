"""nbgrader configuration for the course folder that `workbench grade generate` creates.

`workbench grade` loads this file (workbench/grading.py, `_config`), points it at the course
folder and adds the sandbox for autograding; it is also copied into the course folder so that
nbgrader's own commands and the formgrader (manual grading of written answers) see the same course.
Run plain `nbgrader autograde` only on submissions you trust: it has no sandbox, and its kernels see
your whole disk and inherit your environment (tokens and keys included).
"""

c = get_config()  # noqa: F821 - provided by nbgrader when it loads this file

c.CourseDirectory.course_id = "build-your-own-ai"
c.CourseDirectory.root = __file__.rsplit("/", 1)[0] if "/" in __file__ else "."
c.ClearSolutions.code_stub = {"python": "# YOUR CODE HERE\nraise NotImplementedError()"}
c.ClearSolutions.text_stub = "YOUR ANSWER HERE"
# Locked cells (test cells, given code) are restored from the gradebook at autograde, and a test cell a
# student deleted comes back (and fails) instead of leaving the grade empty.
c.OverwriteCells.add_missing_cells = True
c.Execute.timeout = 120          # seconds per cell; the sandboxed path also limits the whole notebook
c.Execute.interrupt_on_timeout = True
c.LimitOutput.max_lines = 1000
c.LimitOutput.max_chars = 10000
c.Autograde.create_student = True
