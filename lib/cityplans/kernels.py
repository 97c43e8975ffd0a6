"""Kernels for report rendering: one per worker, kept warm and cleaned between notebooks.

Starting a Jupyter kernel and importing pandas, matplotlib and cityplans into it costs more
than most of our notebooks' own work. So each report worker keeps its kernel and, before every
notebook after its first, resets it: the user namespace, open figures, matplotlib and pandas
settings, the working folder and the execution counter. A kernel that dies is replaced; `fresh=True`
gives every notebook a new kernel instead, for notebooks that change global state.
"""

from __future__ import annotations

import contextlib
import signal
from pathlib import Path

from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, papermill_engines
from papermill.utils import merge_kwargs, remove_args

ENGINE = "cityplans-warm-kernel"
RESET_TIMEOUT = 60  # seconds: a reset is a few milliseconds unless the kernel is stuck
STARTUP_TIMEOUT = 60  # seconds, as papermill waits for a kernel to start
SHUTDOWN_WAIT = 2  # seconds an idle kernel gets to exit before it is killed

# Run silently before a notebook in a kernel that has run another one. Python kernels only.
RESET_CODE = """\
import os as _cp_os, sys as _cp_sys, warnings as _cp_warnings
if "matplotlib.pyplot" in _cp_sys.modules:
    _cp_sys.modules["matplotlib.pyplot"].close("all")
if "matplotlib" in _cp_sys.modules:
    _cp_sys.modules["matplotlib"].rc_file_defaults()
if "pandas" in _cp_sys.modules:
    with _cp_warnings.catch_warnings():  # resetting deprecated options warns
        _cp_warnings.simplefilter("ignore")
        _cp_sys.modules["pandas"].reset_option("all")
_cp_os.chdir({cwd!r})
get_ipython().run_line_magic("reset", "-f")
get_ipython().execution_count = 1
"""


class _ResettingClient(PapermillNotebookClient):
    """papermill's notebook client, running `reset_code` in the kernel before the cells."""

    reset_code = ""

    def papermill_execute_cells(self):
        if self.reset_code:
            self._reset()
        super().papermill_execute_cells()

    def _reset(self) -> None:
        from jupyter_core.utils import run_sync

        from cityplans.errors import ReportError

        reply = run_sync(self.kc.execute_interactive)(
            self.reset_code,
            silent=True,
            store_history=False,
            allow_stdin=False,
            timeout=RESET_TIMEOUT,
        )
        if reply["content"]["status"] != "ok":
            content = reply["content"]
            reason = f"{content.get('ename')}: {content.get('evalue')}"
            raise ReportError("(kernel reset)", None, f"could not reset the kernel: {reason}")


class WarmKernelEngine(NBClientEngine):
    """papermill's nbclient engine, in a kernel and client the caller keeps (`km`, `kc`) and
    resets between notebooks (`reset_code`)."""

    @classmethod
    def execute_managed_notebook(
        cls,
        nb_man,
        kernel_name,
        log_output=False,
        stdout_file=None,
        stderr_file=None,
        start_timeout=60,
        execution_timeout=None,
        reset_code="",
        kc=None,
        **kwargs,
    ):
        kwargs = remove_args(["input_path", "timeout", "startup_timeout"], **kwargs)
        client = _ResettingClient(
            nb_man,
            **merge_kwargs(
                kwargs,
                timeout=execution_timeout,
                startup_timeout=start_timeout,
                kernel_name=kernel_name,
                log_output=log_output,
                stdout_file=stdout_file,
                stderr_file=stderr_file,
            ),
        )
        client.reset_code = reset_code
        client.kc = kc  # connected already: no second wait for the kernel to be ready
        return client.execute()


papermill_engines.register(ENGINE, WarmKernelEngine)


class Kernel:
    """One report worker's kernel: started on first use, reset before each later notebook,
    replaced after anything but a failing cell. Use from one thread only, and close() it."""

    def __init__(self, name: str, arguments: list[str], fresh: bool = False) -> None:
        self.name = name
        # as nbclient starts kernels: no IPython history database shared between them
        self.arguments = [*arguments, "--HistoryManager.hist_file=:memory:"]
        self.fresh = fresh
        self._km = None
        self._kc = None
        self._used = False

    def execute(self, notebook: Path, output: Path, parameters: dict, cwd: Path) -> None:
        """Run `notebook` with `parameters` into `output` (papermill's errors pass through)."""
        import papermill as pm

        try:
            self.start(cwd)
            reset = RESET_CODE.format(cwd=str(cwd)) if self._used else ""
            self._used = True
            pm.execute_notebook(
                str(notebook),
                str(output),
                parameters=parameters,
                kernel_name=self.name,
                engine_name=ENGINE,
                km=self._km,
                kc=self._kc,
                reset_code=reset,
                progress_bar=False,
                log_output=False,
                # written once at the end (and on a failing cell), not after every cell
                request_save_on_cell_execute=False,
            )
        except pm.PapermillExecutionError:
            raise  # a cell failed; the kernel is fine and the next reset cleans it
        except BaseException:
            self.close()  # died, hung up or half-reset: the next notebook gets a new kernel
            raise
        finally:
            if self.fresh:
                self.close()

    def start(self, cwd: Path) -> None:
        """Start the kernel in `cwd` now, unless it runs already; execute() calls this itself,
        so starting early only saves time. (Not papermill's cwd=, which would chdir this whole
        process: that races between worker threads and can leave it in the wrong folder.)"""
        if self._km is not None:
            return
        from jupyter_client.manager import AsyncKernelManager
        from jupyter_core.utils import run_sync

        self._km = AsyncKernelManager(kernel_name=self.name)
        run_sync(self._km.start_kernel)(extra_arguments=self.arguments, cwd=str(cwd))
        self._kc = self._km.client()
        self._kc.start_channels()
        run_sync(self._kc.wait_for_ready)(timeout=STARTUP_TIMEOUT)

    def interrupt(self) -> None:
        """Stop the cell the kernel runs now (SIGINT to its process, as Ctrl-C in a terminal
        does); callable from any thread. The notebook then fails at that cell."""
        process = getattr(getattr(self._km, "provisioner", None), "process", None)
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(OSError, ValueError):  # gone meanwhile; no SIGINT here
            process.send_signal(signal.SIGINT)

    def close(self) -> None:
        """Disconnect and shut the kernel down, if one was started."""
        km, kc = self._km, self._kc
        self._km, self._kc, self._used = None, None, False
        if kc is not None:
            kc.stop_channels()
        if km is None or not km.has_kernel:
            return
        from jupyter_core.utils import run_sync

        run_sync(_shut_down)(km)


async def _shut_down(km) -> None:
    """Ask the kernel to exit, kill it if it has not within SHUTDOWN_WAIT, free its files.

    Not km.shutdown_kernel(): that interrupts the kernel first, and an interrupt landing while
    an idle kernel shuts down now and then stalls the exit by seconds."""
    await km.request_shutdown()
    await km.finish_shutdown(waittime=SHUTDOWN_WAIT)
    await km.cleanup_resources()
