"""Jupyter server extension: the classic /tree, /notebooks and /edit links open in JupyterLab.

The formgrader links to release and submission folders as /tree/<path> and to notebooks as
/notebooks/<path>. Both labs of the course run without Notebook 7 (whose router would read
/tree/notebooks/<x> as "open the file <x>"), and these handlers send such links to JupyterLab instead.
"""
import posixpath
from urllib.parse import quote

from jupyter_server.base.handlers import JupyterHandler
from jupyter_server.utils import url_path_join
from tornado import web


class OpenInLab(JupyterHandler):
    @web.authenticated
    def get(self, path=None):
        path = posixpath.normpath("/" + (path or "")).lstrip("/")  # the formgrader writes /tree/./<folder>
        target = url_path_join(self.base_url, "lab/tree", quote(path))
        query = f"?{self.request.query}" if self.request.query else ""
        self.redirect(target + query)


def _jupyter_server_extension_points():
    return [{"module": "autograder.lab_links"}]


def _load_jupyter_server_extension(serverapp):
    base = serverapp.base_url
    serverapp.web_app.add_handlers(".*$", [(url_path_join(base, prefix) + r"(?:/(.*))?", OpenInLab)
                                           for prefix in ("tree", "notebooks", "edit")])
