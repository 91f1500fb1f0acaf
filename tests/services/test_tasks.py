"""The task runner: work on one background thread, its result, error and progress on the GUI's."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from baclofen_companion.core.errors import StoreError
from baclofen_companion.core.model import Medication, Profile
from baclofen_companion.services.tasks import Progress, TaskRunner, own_store
from baclofen_companion.store import Store
from tests.conftest import FakeClock


def test_the_result_and_progress_come_back_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: list[tuple[str, object, int]] = []

    def count(progress: Progress) -> int:
        for step in range(1, 4):
            progress(step, 3)
        return threading.get_ident()

    task = runner.submit(count, "count")
    task.progressed.connect(lambda done, total: seen.append(("step", done, threading.get_ident())))
    task.succeeded.connect(lambda worker: seen.append(("result", worker, threading.get_ident())))
    with qtbot.waitSignal(runner.finished, timeout=5000) as finished:
        pass
    assert finished.args == [task]
    assert [(kind, value) for kind, value, _ in seen][:3] == [("step", 1), ("step", 2), ("step", 3)]
    kind, worker, _ = seen[-1]
    assert kind == "result" and worker == task.thread_id != gui
    assert {where for _, _, where in seen} == {gui}
    runner.shutdown()


def test_a_failure_says_why_and_the_next_task_still_runs(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[str] = []

    def fail(_progress: Progress) -> None:
        raise StoreError("The disk is full.")

    failing = runner.submit(fail)
    failing.failed.connect(lambda err: errors.append(str(err)))
    with qtbot.waitSignal(runner.finished, timeout=5000):
        pass
    assert errors == ["The disk is full."]
    assert failing.error is not None and failing.result is None
    with qtbot.waitSignal(runner.finished, timeout=5000) as finished:
        runner.submit(lambda _progress: 42)
    assert finished.args is not None and finished.args[0].result == 42
    runner.shutdown()


def test_tasks_run_in_the_order_given_on_one_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    order: list[tuple[str, int]] = []

    def note(name: str) -> Callable[[Progress], None]:
        return lambda _progress: order.append((name, threading.get_ident()))

    tasks = [runner.submit(note(name)) for name in ("backup", "restore", "report")]
    with qtbot.waitSignal(tasks[-1].finished, timeout=5000):
        pass
    assert [name for name, _ in order] == ["backup", "restore", "report"]
    assert len({thread for _, thread in order}) == 1
    runner.shutdown()


def test_a_task_store_is_its_own_connection(
    qtbot: QtBot, store: Store, clock: FakeClock, sam: tuple[Profile, Medication]
) -> None:
    runner = TaskRunner()

    def names(_progress: Progress) -> tuple[list[str], Path]:
        with own_store(store.path, clock) as mine:
            assert mine.conn is not store.conn
            return [p.name for p in mine.profiles()], mine.path

    with qtbot.waitSignal(runner.finished, timeout=5000) as finished:
        runner.submit(names)
    assert finished.args is not None
    assert finished.args[0].result == (["Sam"], store.path)
    assert store.profiles()[0].name == "Sam"  # the window's store is untouched and open
    runner.shutdown()
