"""Finding, checking and registering plugins.

:func:`make_plugin_manager` builds a fresh pluggy manager each time it is called (nothing happens at
import): the built-in extractors first, then the plugins installed under the ``tradecorpus``
entry-point group, then any plugin objects the caller passes. Each plugin has a name -- the built-in
module's short name, the entry point's name, or the name the caller gives -- and that is the name
``disable=``, ``--disable``, ``doc.errors`` and ``doc.extras`` use.

Plugins are checked as they are registered, so mistakes surface at start-up rather than per
document: a hook implementation whose name is not a tradecorpus hook, arguments a hook does not
provide, hook wrappers (the pipeline calls each implementation itself), two plugins with one name,
and an entry point that fails to import all raise :class:`~tradecorpus.PluginError`.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import types
from collections.abc import Iterable, Mapping, Sequence

import attrs
import pluggy

from tradecorpus import hookspecs
from tradecorpus.errors import PluginError

__all__ = [
    "BUILTIN_PLUGINS",
    "PluginInfo",
    "PluginManager",
    "make_plugin_manager",
    "plugin_name",
]

#: The built-in plugins: name -> module. They register exactly as third-party plugins do.
BUILTIN_PLUGINS: Mapping[str, str] = types.MappingProxyType(
    {
        "reader": "tradecorpus.reader",
        "entities": "tradecorpus.extractors.entities",
        "officials": "tradecorpus.extractors.officials",
        "money": "tradecorpus.extractors.money",
        "dates": "tradecorpus.extractors.dates",
        "quotes": "tradecorpus.extractors.quotes",
        "deadlines": "tradecorpus.extractors.deadlines",
        "commitments": "tradecorpus.extractors.commitments",
    }
)

#: The hooks tradecorpus calls, in the order the pipeline runs them.
HOOK_NAMES: tuple[str, ...] = (
    "read_article",
    "extract_entities",
    "extract_officials",
    "extract_money",
    "extract_dates",
    "extract_quotes",
    "extract_deadlines",
    "extract_commitments",
    "extract_extras",
)

Plugins = Sequence[object] | Mapping[str, object]


@attrs.frozen(kw_only=True)
class PluginInfo:
    """What ``tradecorpus plugins`` shows about one registered plugin."""

    name: str
    source: str  # "built-in", "passed in", or the distribution that installed it
    version: str | None
    hooks: tuple[str, ...]
    builtin: bool


class PluginManager(pluggy.PluginManager):
    """A pluggy manager for the ``tradecorpus`` project that remembers where each plugin came from."""

    def __init__(self) -> None:
        super().__init__(hookspecs.PROJECT)
        self.add_hookspecs(hookspecs)
        self._origins: dict[str, tuple[str, str | None, bool]] = {}
        #: The names passed as ``disable``, kept so worker processes can rebuild the same manager.
        self.disabled: tuple[str, ...] = ()

    def register_named(self, plugin: object, name: str, *, source: str, version: str | None = None) -> None:
        """Register ``plugin`` under ``name`` after checking it against the hook specifications."""
        if self.has_plugin(name):
            taken = self._origins[name][0]
            owner = {"built-in": "the built-in plugin", "passed in": "a plugin passed in"}.get(
                taken, f"the plugin installed by {taken}"
            )
            msg = f"plugin name {name!r} ({source}) is already taken by {owner}"
            raise PluginError(msg, plugin=name)
        try:
            self.register(plugin, name=name)
        except pluggy.PluginValidationError as err:
            detail = " ".join(str(err).split())  # pluggy's message spans several lines
            raise PluginError(f"plugin {name!r} does not fit a hook: {detail}", plugin=name) from err
        except ValueError as err:  # the same object registered twice
            raise PluginError(f"plugin {name!r}: {err}", plugin=name) from err
        try:
            _check_hooks(self, plugin, name)
        except PluginError:
            self.unregister(name=name)
            raise
        self._origins[name] = (source, version, source == "built-in")

    def info(self) -> list[PluginInfo]:
        """The registered plugins, sorted by name."""
        out = []
        for name, plugin in sorted(self.list_name_plugin()):
            if plugin is None:  # blocked
                continue
            source, version, builtin = self._origins.get(name, ("passed in", None, False))
            hooks = tuple(sorted(c.name for c in self.get_hookcallers(plugin) or ()))
            out.append(PluginInfo(name=name, source=source, version=version, hooks=hooks, builtin=builtin))
        return out


def plugin_name(plugin: object) -> str:
    """The name a plugin object passed without one is registered under.

    A module's last dotted part; for other objects their ``__name__`` (classes, functions) or
    else their class name, lower-cased.

    >>> import json.decoder
    >>> plugin_name(json.decoder)
    'decoder'
    >>> class Tariffs: ...
    >>> plugin_name(Tariffs())
    'tariffs'
    """
    if isinstance(plugin, types.ModuleType):
        return plugin.__name__.rpartition(".")[2]
    name = getattr(plugin, "__name__", None)
    if isinstance(name, str) and name:
        return name.lower()
    return type(plugin).__name__.lower()


def make_plugin_manager(
    *,
    disable: Iterable[str] = (),
    plugins: Plugins = (),
    entry_points: bool = True,
) -> PluginManager:
    """A new plugin manager with the built-ins, the installed plugins and ``plugins`` registered.

    Args:
        disable: Names of plugins not to register (built-in, installed or passed in). An unknown
            name raises :class:`~tradecorpus.PluginError` listing the names that exist.
        plugins: Extra plugin objects (modules, classes or instances with ``@hookimpl``
            functions): a sequence, each named by :func:`plugin_name`, or a mapping name -> plugin.
        entry_points: Whether to load plugins from the ``tradecorpus`` entry-point group.
    """
    disabled = tuple(dict.fromkeys(disable))  # keep order, drop repeats
    pm = PluginManager()
    pm.disabled = disabled
    blocked = set(disabled)
    known: list[str] = []

    for name, module in BUILTIN_PLUGINS.items():
        known.append(name)
        if name not in blocked:
            pm.register_named(
                importlib.import_module(module), name, source="built-in", version=_own_version()
            )

    if entry_points:
        for ep in sorted(importlib.metadata.entry_points(group=hookspecs.PROJECT), key=lambda e: e.name):
            known.append(ep.name)
            if ep.name in blocked:
                continue
            dist = ep.dist.name if ep.dist is not None else "an unknown distribution"
            version = ep.dist.version if ep.dist is not None else None
            try:
                plugin = ep.load()
            except Exception as err:
                msg = (
                    f"plugin {ep.name!r} (entry point {ep.value!r} of {dist} {version}) "
                    f"could not be loaded: {type(err).__name__}: {err}"
                )
                raise PluginError(msg, plugin=ep.name) from err
            pm.register_named(plugin, ep.name, source=dist, version=version)

    named = plugins.items() if isinstance(plugins, Mapping) else ((plugin_name(p), p) for p in plugins)
    for name, plugin in named:
        known.append(name)
        if name not in blocked:
            pm.register_named(plugin, name, source="passed in")

    unknown = [name for name in disabled if name not in known]
    if unknown:
        installed = ", ".join(sorted(set(known))) or "none"
        msg = f"unknown plugin {unknown[0]!r} to disable; installed: {installed}"
        raise PluginError(msg, plugin=unknown[0])
    return pm


def _own_version() -> str | None:
    try:
        return importlib.metadata.version(hookspecs.PROJECT)
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - an uninstalled source tree
        return None


def _check_hooks(pm: pluggy.PluginManager, plugin: object, name: str) -> None:
    """Raise PluginError for hook implementations the pipeline could not call correctly."""
    for caller in pm.get_hookcallers(plugin) or ():
        impls = [impl for impl in caller.get_hookimpls() if impl.plugin is plugin]
        if not caller.has_spec():
            if all(impl.optionalhook for impl in impls):
                continue
            hooks = ", ".join(HOOK_NAMES)
            msg = (
                f"plugin {name!r} implements {caller.name!r}, which is not a tradecorpus hook; hooks: {hooks}"
            )
            raise PluginError(msg, plugin=name, hook=caller.name)
        for impl in impls:
            if impl.hookwrapper or impl.wrapper:
                msg = (
                    f"plugin {name!r} marks {caller.name!r} as a hook wrapper; tradecorpus calls each "
                    "implementation on its own, so wrappers are not supported"
                )
                raise PluginError(msg, plugin=name, hook=caller.name)
