"""Every status change mails the applicant once: outbox keys, maildir, SMTP."""

from __future__ import annotations

import mailbox
import smtplib
from email.message import EmailMessage
from pathlib import Path
from typing import ClassVar

import pytest

from rathaus.store import Store
from rathaus.store.config import Mail
from rathaus.store.notify import MaildirSender, SmtpSender, deliver_pending
from tests.store.factories import EMAIL, case_in, new_case


def _maildir(store: Store) -> list[mailbox.MaildirMessage]:
    box = mailbox.Maildir(store.data / "maildir", create=False)
    return sorted(box, key=lambda m: str(m["X-Rathaus-Key"]))


def test_each_change_has_its_own_key(store: Store) -> None:
    case_id = case_in(store, "nachforderung")
    store.set_status(case_id, "vollstaendigkeitspruefung", "vollstaendigkeit")
    store.set_status(case_id, "nachforderung", "vollstaendigkeit")
    assert [n.key for n in store.notifications(case_id)] == [
        f"{case_id}:eingegangen:1", f"{case_id}:vollstaendigkeitspruefung:1",
        f"{case_id}:nachforderung:1", f"{case_id}:vollstaendigkeitspruefung:2",
        f"{case_id}:nachforderung:2"]


def test_mails_are_plain_german_with_the_note(store: Store) -> None:
    case_id = case_in(store, "vollstaendigkeitspruefung")
    store.set_status(case_id, "nachforderung", "vollstaendigkeit",
                     note="Bitte reichen Sie bis 21.12.2026 nach: Lageplan.")
    mail = store.notifications(case_id)[-1]
    assert mail.recipient == EMAIL
    assert mail.subject == f"Es fehlen noch Unterlagen – Aktenzeichen {case_id}"
    assert "Guten Tag Erika Mustermann," in mail.body
    assert "Bitte reichen Sie bis 21.12.2026 nach: Lageplan." in mail.body


def test_pending_mails_reach_the_maildir_exactly_once(store: Store) -> None:
    case_id = case_in(store, "fachpruefung")
    assert deliver_pending(store) == 3
    assert deliver_pending(store) == 0  # a second round, or a second deliverer
    mails = _maildir(store)
    assert [m["X-Rathaus-Key"] for m in mails] == [
        f"{case_id}:eingegangen:1", f"{case_id}:fachpruefung:1",
        f"{case_id}:vollstaendigkeitspruefung:1"]
    assert mails[0]["To"] == EMAIL and "Aktenzeichen" in mails[0]["Subject"]
    assert all(n.sent_at is not None for n in store.notifications(case_id))


def test_a_retried_status_change_mails_nothing_new(store: Store) -> None:
    case_id = case_in(store, "vollstaendigkeitspruefung")
    deliver_pending(store)
    store.set_status(case_id, "vollstaendigkeitspruefung", "dirigent")
    assert deliver_pending(store) == 0
    assert len(_maildir(store)) == 2


class FlakySender:
    """Fails the first `failures` sends the way a mail server that is down would."""

    def __init__(self, failures: int, target: Path) -> None:
        self.failures = failures
        self.inner = MaildirSender(target)

    def send(self, message: EmailMessage) -> None:
        if self.failures > 0:
            self.failures -= 1
            raise ConnectionRefusedError("SMTP-Server nicht erreichbar")
        self.inner.send(message)


def test_a_failed_send_is_tried_again_later(store: Store) -> None:
    new_case(store)
    sender = FlakySender(1, store.data / "maildir")
    assert deliver_pending(store, sender) == 0
    [pending] = store.notifications()
    assert pending.sent_at is None and "nicht erreichbar" in (pending.last_error or "")
    assert deliver_pending(store, sender) == 1
    [sent] = store.notifications()
    assert sent.sent_at is not None and sent.attempts == 2


def test_a_mail_is_given_up_after_the_configured_attempts(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RATHAUS_MAIL__MAX_ATTEMPTS", "2")
    new_case(store)
    sender = FlakySender(5, store.data / "maildir")
    deliver_pending(store, sender)
    deliver_pending(store, sender)
    assert deliver_pending(store, sender) == 0
    [mail] = store.notifications()
    assert mail.failed_at is not None and mail.sent_at is None and mail.attempts == 2


class FakeSMTP:
    sent: ClassVar[list[EmailMessage]] = []
    logins: ClassVar[list[tuple[str, str]]] = []

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.host, self.port = host, port

    def __enter__(self) -> FakeSMTP:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def starttls(self, context: object) -> None:
        pass

    def login(self, user: str, password: str) -> None:
        self.logins.append((user, password))

    def send_message(self, message: EmailMessage) -> None:
        self.sent.append(message)


def test_smtp_sends_with_login_and_skips_applicants_without_address(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(smtplib, "SMTP", FakeSMTP)
    FakeSMTP.sent, FakeSMTP.logins = [], []
    cfg = Mail(smtp_host="mail.musterstadt.example", smtp_user="rathaus",
               smtp_password="geheim")
    with_address = new_case(store)
    without = new_case(store, email=None)
    assert deliver_pending(store, SmtpSender(cfg)) == 1
    assert [m["X-Rathaus-Fall"] for m in FakeSMTP.sent] == [with_address]
    assert FakeSMTP.logins == [("rathaus", "geheim")]
    [unsendable] = store.notifications(without)
    assert unsendable.failed_at is not None and "keine E-Mail-Adresse" in (
        unsendable.last_error or "")
    assert deliver_pending(store, SmtpSender(cfg)) == 0
