"""What the re-keying dialog says about each stage of the work and each way it can fail."""

from PySide6.QtCore import QCoreApplication

from desktop.services.register_access import StoreCorrupt, StoreReadOnly
from desktop.services.rekey import RekeyOutcome
from desktop.ui.unlock.errors import describe_open_error


def stage_text(stage: str) -> str:
    """The stage names of desktop.services.rekey.STAGES, then "done"."""
    texts = {
        "keys": QCoreApplication.translate(
            "RekeyDialog", "Making the new key and the colleagues' temporary passwords"
        ),
        "lock": QCoreApplication.translate(
            "RekeyDialog", "Holding the register for this work alone"
        ),
        "encrypt": QCoreApplication.translate(
            "RekeyDialog", "Encrypting the whole register again with the new key"
        ),
        "fold": QCoreApplication.translate("RekeyDialog", "Writing the file out"),
        "verify": QCoreApplication.translate("RekeyDialog", "Checking every page with the new key"),
        "swap": QCoreApplication.translate("RekeyDialog", "Replacing the key file"),
        "done": QCoreApplication.translate("RekeyDialog", "Done"),
    }
    return texts.get(stage, stage)


def error_text(kind: str, wait: int, cause: Exception | None) -> str:
    """Why the key was not changed (nothing was), and what to do."""
    if kind == "wrong":
        return QCoreApplication.translate(
            "RekeyDialog", "Your password is not right. Nothing was changed; type it again."
        )
    if kind == "wait":
        return QCoreApplication.translate(
            "RekeyDialog", "Too many wrong passwords. Try again in %n second(s).", "", wait
        )
    if kind == "locked":
        return QCoreApplication.translate(
            "RekeyDialog",
            "Another program has the register open (a 'bvte' command, or BVTE under another "
            "account of this PC). Close it and try again. Nothing was changed.",
        )
    if kind == "officer.not_allowed":
        return QCoreApplication.translate(
            "RekeyDialog", "Your role may not change the encryption key. Ask the commune's officer."
        )
    if kind == "password.weak":
        return QCoreApplication.translate(
            "RekeyDialog",
            "A temporary password is too weak. Nothing was changed; choose a stronger one.",
        )
    if isinstance(cause, StoreReadOnly | StoreCorrupt):
        return describe_open_error(cause)
    return QCoreApplication.translate(
        "RekeyDialog",
        "The key could not be changed ({error}). The register still opens as before and nothing "
        "was lost. Try again; if it fails again, tell the technical team.",
    ).format(error=getattr(cause, "code", None) or type(cause).__name__)


def summary_text(outcome: RekeyOutcome) -> str:
    """Who can open the register now, what the old backups are, and anything that failed."""
    lines = []
    if outcome.temporary:
        lines.append(
            QCoreApplication.translate(
                "RekeyDialog",
                "Temporary password, to replace at their next sign-in (tell it to them in "
                "person): {names}.",
            ).format(names=", ".join(outcome.temporary))
        )
    if outcome.left_out:
        lines.append(
            QCoreApplication.translate(
                "RekeyDialog",
                "Cannot open the register on this PC until given a password (Settings, "
                "Officers): {names}.",
            ).format(names=", ".join(outcome.left_out))
        )
    backups = outcome.old_backups  # lupdate reads a count only from a plain name
    if backups:
        lines.append(
            QCoreApplication.translate(
                "RekeyDialog",
                "%n older backup(s) of the register (register.db.*.bak) still use the old key: "
                "delete them or keep them somewhere safe.",
                "",
                backups,
            )
        )
    if outcome.problem:
        lines.append(
            QCoreApplication.translate(
                "RekeyDialog",
                "Something failed at the very end ({error}), but the register already uses the "
                "new key and this recovery key. Run 'bvte doctor' and tell the technical team.",
            ).format(error=outcome.problem)
        )
    return "\n".join(lines)
