"""Slow work off the GUI thread: one background worker, results and progress back by signal.

In the manner of Anki's ``aqt/taskman.py``: a task is a plain callable that receives a progress
callback. It runs on the runner's single worker thread (the work is I/O on one SQLite file, so
tasks go one after another: a backup never overlaps a restore), and what it returns, what it
raises and the progress it reports come back to the GUI thread through a queued signal, where
the :class:`Task` emits them.

A task never touches the window's Store: a ``sqlite3.Connection`` must not be used from two
threads. It opens its own with :func:`own_store` from the data file's path and the clock.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

from baclofen_companion.core.clock import Clock
from baclofen_companion.core.errors import CompanionError
from baclofen_companion.services.logbook import log
from baclofen_companion.store import Store, open_store


class Progress(Protocol):
    """What a task calls to say how far it got: ``done`` of ``total`` (total 0: unknown)."""

    def __call__(self, done: int = 0, total: int = 0) -> None: ...


Work = Callable[[Progress], Any]


class Task(QObject):
    """One piece of work handed to the runner; its signals arrive on the GUI thread.

    Exactly one of ``succeeded`` and ``failed`` is emitted, then ``finished``.
    """

    progressed = Signal(int, int)  # done, total (0: unknown)
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception it raised; str() of it is the message
    finished = Signal()

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.result: Any = None
        self.error: BaseException | None = None
        self.thread_id: int | None = None
        """The thread the work ran on (tests and logs check it was not the GUI thread)."""


class TaskRunner(QObject):
    """Runs tasks one at a time on one worker thread."""

    finished = Signal(object)  # Task, after its succeeded/failed and finished signals

    # Closures the worker hands to the GUI thread: a bound slot of this object, which lives on
    # the GUI thread, so the connection is queued whichever thread emits.
    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="companion-task")
        self._deliver.connect(self._on_deliver, Qt.ConnectionType.QueuedConnection)
        self._running: list[Task] = []  # kept alive until their results are delivered

    def submit(self, work: Work, name: str = "") -> Task:
        """Queue ``work``; it runs after any task submitted before it. Call from the GUI
        thread; connect to the Task's signals before control returns to the event loop."""
        task = Task(name or getattr(work, "__name__", "task"))
        self._running.append(task)

        def report(done: int = 0, total: int = 0) -> None:
            self._deliver.emit(lambda: task.progressed.emit(done, total))

        def run() -> None:
            task.thread_id = threading.get_ident()
            try:
                with _no_cyclic_gc():
                    result = work(report)
            except Exception as error:  # noqa: BLE001 - every failure goes back to the caller
                self._deliver.emit(lambda failure=error: self._done(task, None, failure))
            else:
                self._deliver.emit(lambda: self._done(task, result, None))

        self._executor.submit(run)
        return task

    def shutdown(self) -> None:
        """Wait for the task under way (a backup is never cut off half-way) and stop."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    @Slot(object)
    def _on_deliver(self, closure: Callable[[], None]) -> None:
        closure()

    def _done(self, task: Task, result: Any, error: BaseException | None) -> None:
        task.result, task.error = result, error
        if task in self._running:
            self._running.remove(task)
        try:
            if error is None:
                task.succeeded.emit(result)
            else:
                if not _expected(error):
                    log().error("task %s failed", task.name, exc_info=error)
                task.failed.emit(error)
            task.finished.emit()
        finally:
            self.finished.emit(task)


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while a task runs.

    A task makes hundreds of thousands of objects (ten years of doses); the collections they
    set off hold the interpreter lock for 100 ms and more, and the GUI thread, which needs it
    for every slot, stalls as long. Reference counting still frees nearly all of it at once;
    the collector runs again, over far fewer objects, when the task is done.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _expected(error: BaseException) -> bool:
    """Failures the person is told about in plain words (a full disk, a damaged file)."""
    return isinstance(error, CompanionError | OSError)


_shared: TaskRunner | None = None


def runner() -> TaskRunner:
    """The app's one runner, made on first use; it waits for its task when the app quits."""
    global _shared
    if _shared is None or not shiboken6.isValid(_shared):
        app = QCoreApplication.instance()
        _shared = TaskRunner(app)
        if app is not None:
            app.aboutToQuit.connect(_shared.shutdown)
    return _shared


@contextmanager
def own_store(
    data_file: Path, clock: Clock, zone_name: Callable[[], str] | None = None
) -> Iterator[Store]:
    """A Store on a connection of its own, for use on the worker thread only."""
    store = open_store(data_file.parent, clock, zone_name)
    try:
        yield store
    finally:
        store.close()
