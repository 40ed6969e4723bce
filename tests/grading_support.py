"""What the grading tests read back from a course's gradebook."""

from workbench import grading


def scores(course: grading.Course, assignment: str) -> dict[str, dict[str, float]]:
    """student id -> {grade id: score} for every submission of `assignment` in the gradebook."""
    from nbgrader.api import Gradebook

    gb = Gradebook(f"sqlite:///{course.gradebook_path}", course_id=grading.COURSE_ID)
    try:
        return {s.student.id: {g.name: g.score for nb in s.notebooks for g in nb.grades}
                for s in gb.find_assignment(assignment).submissions}
    finally:
        gb.close()
