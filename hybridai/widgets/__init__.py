"""Jupyter widgets (needs ipywidgets): :class:`ChatWidget` to chat with an engine, :class:`MonitorWidget`
for live metrics, and the two Voila dashboards built from them.

    >>> from hybridai import HybridEngine
    >>> from hybridai.widgets import ChatWidget, MonitorWidget
    >>> engine = HybridEngine.from_config()
    >>> ChatWidget(engine)          # in a notebook cell
    >>> MonitorWidget(engine)       # its in-process metrics; or MonitorWidget("http://127.0.0.1:8000/metrics")
"""

from hybridai.widgets.chat import ChatController, ChatWidget
from hybridai.widgets.dashboards import chat_dashboard, monitoring_dashboard
from hybridai.widgets.monitor import Monitor, MonitorWidget

__all__ = ["ChatController", "ChatWidget", "Monitor", "MonitorWidget", "chat_dashboard", "monitoring_dashboard"]
