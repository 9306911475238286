"""What each problem code on a child's profile or a visit means, said to the officer."""

from PySide6.QtCore import QCoreApplication

from desktop.services.children import Problem


def problem_text(problem: Problem) -> str:
    """One sentence: what is wrong and what to do."""
    p = problem.params
    code = problem.code
    if code == "child.name_required":
        return QCoreApplication.translate("ChildMessages", "Enter the child's full name.")
    if code == "child.sex_required":
        return QCoreApplication.translate("ChildMessages", "Choose the child's sex.")
    if code == "child.dob_required":
        return QCoreApplication.translate(
            "ChildMessages",
            "Enter the date of birth. If only the age is known, enter 01/07 of the birth year "
            "and tick 'estimated'.",
        )
    if code == "date.future":
        return QCoreApplication.translate(
            "ChildMessages", "A date is in the future. Check the day, month and year."
        )
    if code == "date.end_before_start":
        return QCoreApplication.translate(
            "ChildMessages", "An end date is before its start date. Correct one of them."
        )
    if code == "id.not_digits":
        return QCoreApplication.translate(
            "ChildMessages", "The ID number may hold digits only (12 digits)."
        )
    if code == "id.not_12_digits":
        return QCoreApplication.translate(
            "ChildMessages", "The ID number has {n} digits; it must have 12."
        ).format(n=p.get("length", "?"))
    if code == "id.bad_century_digit":
        return QCoreApplication.translate(
            "ChildMessages",
            "The 4th digit of the ID number cannot be right for a child. Check the number.",
        )
    if code == "id.sex_mismatch":
        return QCoreApplication.translate(
            "ChildMessages",
            "The ID number is for the other sex (4th digit). Check the number or the sex.",
        )
    if code in ("id.year_mismatch", "id.century_mismatch"):
        return QCoreApplication.translate(
            "ChildMessages",
            "The ID number gives birth year {id_year}, the form says {birth_year}. "
            "Check the number or the date of birth.",
        ).format(id_year=p.get("id_year", "?"), birth_year=p.get("birth_year", "?"))
    if code == "carer.name_required":
        return QCoreApplication.translate("ChildMessages", "Each carer needs a full name.")
    if code == "carer.bad_birth_year":
        return QCoreApplication.translate(
            "ChildMessages", "A carer's year of birth is not a possible year."
        )
    if code in ("group.subgroup_mismatch", "group.subgroup_unknown"):
        return QCoreApplication.translate(
            "ChildMessages", "Choose a subgroup that belongs to the chosen group."
        )
    if code == "allowance.amount_required":
        return QCoreApplication.translate(
            "ChildMessages", "Enter the monthly amount of each allowance (in đồng)."
        )
    return QCoreApplication.translate("ChildMessages", "Check this field ({code}).").format(
        code=code
    )


def tab_of(problem: Problem) -> int:
    """Which tab holds the field: 0 general, 1 household and carers, 2 groups, 3 allowances."""
    head = problem.where.split(".")[0]
    return {"carers": 1, "groups": 2, "allowances": 3}.get(head, 0)
