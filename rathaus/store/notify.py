"""Delivering the outbox: by SMTP, or (the embedded default) into a local maildir.

`deliver_pending` claims pending notifications, hands each to the sender, and marks it
sent; see dao/notifications.py for why that gives at-most-once delivery per key.
"""

from __future__ import annotations

import hashlib
import mailbox
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Protocol

from rathaus.errors import RathausError
from rathaus.store.base import StoreBase
from rathaus.store.config import Mail, maildir_path, store_settings
from rathaus.store.views import NotificationView


class PermanentFailure(RathausError):
    """This mail can never be sent (e.g. no address): not tried again."""


class Sender(Protocol):
    def send(self, message: EmailMessage) -> None: ...


class MaildirSender:
    """Writes each mail as a file into `<data>/maildir` (new/), readable by any mail
    client. A mail without a recipient is kept too: the office sends it by post."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def send(self, message: EmailMessage) -> None:
        # Maildir(create=True) makes tmp/new/cur only when it creates the folder itself
        for sub in ("tmp", "new", "cur"):
            (self.path / sub).mkdir(parents=True, exist_ok=True)
        box = mailbox.Maildir(self.path, create=False)
        try:
            box.add(message)
        finally:
            box.close()


class SmtpSender:
    def __init__(self, cfg: Mail) -> None:
        if not cfg.smtp_host:
            raise ValueError("SmtpSender needs RATHAUS_MAIL__SMTP_HOST")
        self.cfg = cfg

    def _connect(self) -> smtplib.SMTP:
        cfg, host = self.cfg, self.cfg.smtp_host or ""
        if cfg.smtp_tls == "ssl":
            return smtplib.SMTP_SSL(host, cfg.smtp_port, timeout=cfg.timeout_s,
                                    context=ssl.create_default_context())
        smtp = smtplib.SMTP(host, cfg.smtp_port, timeout=cfg.timeout_s)
        if cfg.smtp_tls == "starttls":
            smtp.starttls(context=ssl.create_default_context())
        return smtp

    def send(self, message: EmailMessage) -> None:
        if not message["To"]:
            raise PermanentFailure("keine E-Mail-Adresse im Antrag (bauherr.email)")
        with self._connect() as smtp:
            if self.cfg.smtp_user:
                password = self.cfg.smtp_password.get_secret_value() \
                    if self.cfg.smtp_password else ""
                smtp.login(self.cfg.smtp_user, password)
            smtp.send_message(message)


def default_sender(data: Path) -> Sender:
    """SMTP when a host is configured, else the maildir in the data folder."""
    cfg = store_settings().mail
    return SmtpSender(cfg) if cfg.smtp_host else MaildirSender(maildir_path(data))


def build_message(n: NotificationView, sender_address: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = sender_address
    if n.recipient:
        msg["To"] = n.recipient
    msg["Subject"] = n.subject
    msg["Date"] = format_datetime(n.created_at)
    # Derived from the key: should a mail ever go out twice, clients show it once.
    msg["Message-ID"] = f"<{hashlib.sha256(n.key.encode()).hexdigest()[:32]}@rathaus>"
    msg["X-Rathaus-Key"] = n.key
    msg["X-Rathaus-Fall"] = n.case_id
    msg.set_content(n.body)
    return msg


def deliver_pending(store: StoreBase, sender: Sender | None = None, limit: int = 100) -> int:
    """Send what is pending, at most `limit` mails; return how many were sent."""
    sender = sender or default_sender(store.data)
    cfg = store_settings().mail
    sent = 0
    for n in store.claim_notifications(limit):
        try:
            sender.send(build_message(n, cfg.sender))
        except PermanentFailure as exc:
            store.release_notification(n.id, str(exc), permanent=True)
            continue
        except Exception as exc:
            # Anything else counts as transient (server down, refused, a bug fixed by
            # the next release): free the claim and try again next round, up to
            # max_attempts, rather than leave the mail claimed and never sent.
            store.release_notification(n.id, f"{type(exc).__name__}: {exc}",
                                       permanent=n.attempts >= cfg.max_attempts)
            continue
        store.mark_notification_sent(n.id)
        sent += 1
    return sent
