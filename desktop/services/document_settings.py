"""Who issues and signs printed documents, and their number sequence; kept in local_setting."""

import json
from dataclasses import asdict, dataclass, field

from sqlalchemy import select

from desktop.domain.text import nfc
from desktop.reference.communes import commune_by_code
from desktop.storage.schema.admin import LocalSettingRow
from desktop.storage.store import Store
from desktop.storage.unit_of_work import UnitOfWork

SETTINGS_KEY = "documents"
SEQUENCE_KEY = "documents.number.{year}.{code}"


@dataclass
class DocumentSettings:
    commune_name: str = ""  # "Xã An Lão": the issuing body's second line, in ordinary case
    place_name: str = ""  # "An Lão": Decree 30's place name on the date line
    issuing_parent: str = ""  # a body printed above the commune, if the city wants one
    chairman_name: str = ""
    deputy_names: list[str] = field(default_factory=list)
    number_documents: bool = False  # reports take the next number instead of a blank

    @property
    def issuing_body(self) -> tuple[str, str]:
        return ("ỦY BAN NHÂN DÂN", nfc(self.commune_name).upper())


def _read(uow: UnitOfWork, key: str) -> str | None:
    return uow.session.scalar(select(LocalSettingRow.value).where(LocalSettingRow.key == key))


def _write(uow: UnitOfWork, key: str, value: str) -> None:
    row = uow.session.get(LocalSettingRow, key)
    if row is None:
        uow.session.add(LocalSettingRow(key=key, value=value))
    else:
        row.value = value
    uow.session.flush()


def defaults(uow: UnitOfWork, commune_code: str) -> DocumentSettings:
    """The commune's official name; signers as they signed the latest approvals, if any."""
    commune = commune_by_code(commune_code)
    settings = DocumentSettings(
        commune_name=commune.name if commune else commune_code,
        place_name=commune.short_name if commune else "",
    )
    decisions = sorted(uow.approvals.where(), key=lambda d: d.decided_on, reverse=True)
    chairs = [d.signer_name for d in decisions if not d.signer_is_deputy and d.signer_name]
    settings.chairman_name = chairs[0] if chairs else ""
    for decision in decisions:
        name = decision.signer_name
        if decision.signer_is_deputy and name and name not in settings.deputy_names:
            settings.deputy_names.append(name)
    return settings


def read_settings(uow: UnitOfWork, commune_code: str) -> DocumentSettings:
    stored = _read(uow, SETTINGS_KEY)
    if stored is None:
        return defaults(uow, commune_code)
    raw = json.loads(stored)
    known = {name: raw[name] for name in DocumentSettings.__dataclass_fields__ if name in raw}
    return DocumentSettings(**known)


def load_document_settings(store: Store) -> DocumentSettings:
    with store.unit_of_work(write=False) as uow:
        return read_settings(uow, store.commune_code)


def save_document_settings(store: Store, settings: DocumentSettings) -> None:
    values = asdict(settings)
    values = {k: nfc(v) if isinstance(v, str) else v for k, v in values.items()}
    values["deputy_names"] = [nfc(n) for n in settings.deputy_names if n.strip()]
    with store.unit_of_work() as uow:
        _write(uow, SETTINGS_KEY, json.dumps(values, ensure_ascii=False))


def take_number(uow: UnitOfWork, code: str, year: int) -> str:
    """The next number for this kind of document this year ("05"); numbering restarts on 1/1."""
    key = SEQUENCE_KEY.format(year=year, code=code)
    number = int(_read(uow, key) or "0") + 1
    _write(uow, key, str(number))
    return f"{number:02d}"
