"""Finding, checking and registering plugins (a fresh manager in every test)."""

from __future__ import annotations

import sys

import pytest

import tradecorpus
from tradecorpus import PluginError, hookimpl
from tradecorpus.plugins import BUILTIN_PLUGINS, make_plugin_manager, plugin_name

from .conftest import InstallPlugin

MONEY_PLUGIN = """
    from decimal import Decimal
    import tradecorpus

    @tradecorpus.hookimpl
    def extract_money(doc):
        i = doc.text.find("$5")
        if i < 0:
            return None
        return [tradecorpus.Money.of(doc.text, i, i + 2, amount=Decimal(5), currency="USD")]
"""


def test_builtin_plugin_names_snapshot() -> None:
    """The names users pass to --disable; changing one breaks their command lines."""
    assert tuple(BUILTIN_PLUGINS) == (
        "reader",
        "entities",
        "officials",
        "money",
        "dates",
        "quotes",
        "deadlines",
        "commitments",
    )
    pm = make_plugin_manager(entry_points=False)
    names = ["commitments", "dates", "deadlines", "entities", "money", "officials", "quotes", "reader"]
    assert [info.name for info in pm.info()] == names
    assert all(info.builtin and info.source == "built-in" for info in pm.info())
    assert pm.info()[0].version == tradecorpus.__version__


def test_managers_are_independent() -> None:
    first = make_plugin_manager(entry_points=False)
    second = make_plugin_manager(entry_points=False, disable=["reader"])
    assert first is not second
    assert first.has_plugin("reader")
    assert not second.has_plugin("reader")


def test_unknown_disable_name_lists_installed_plugins() -> None:
    with pytest.raises(
        PluginError,
        match=(
            r"unknown plugin 'mony' to disable; "
            r"installed: commitments, dates, deadlines, entities, money, officials, quotes, reader$"
        ),
    ) as info:
        make_plugin_manager(entry_points=False, disable=["mony"])
    assert info.value.plugin == "mony"


def test_entry_point_plugin_is_discovered_and_runs(install_plugin: InstallPlugin) -> None:
    install_plugin("fivedollars", MONEY_PLUGIN, dist="tc-five", version="0.4.1")
    pm = make_plugin_manager()
    info = {i.name: i for i in pm.info()}
    assert info["fivedollars"].source == "tc-five"
    assert info["fivedollars"].version == "0.4.1"
    assert info["fivedollars"].hooks == ("extract_money",)
    doc = tradecorpus.Pipeline().extract("They paid $5 for it.")
    assert [(m.text, m.amount) for m in doc.money] == [("$5", 5)]


def test_entry_point_plugin_can_be_disabled_by_name(install_plugin: InstallPlugin) -> None:
    install_plugin("fivedollars", MONEY_PLUGIN)
    pipeline = tradecorpus.Pipeline(disable=["fivedollars", "money"])
    assert "fivedollars" not in pipeline.plugin_names
    assert pipeline.extract("They paid $5 for it.").money == ()


def test_broken_entry_point_names_plugin_and_distribution(install_plugin: InstallPlugin) -> None:
    install_plugin("broken", "raise RuntimeError('no config')\n", dist="tc-broken", version="9.9")
    with pytest.raises(
        PluginError,
        match=r"plugin 'broken' \(entry point 'tc_fake_broken' of tc-broken 9.9\) "
        r"could not be loaded: RuntimeError: no config",
    ) as info:
        make_plugin_manager()
    assert info.value.plugin == "broken"
    sys.modules.pop("tc_fake_broken", None)
    assert make_plugin_manager(disable=["broken"]).has_plugin("reader")  # a broken plugin can be switched off


def test_misspelt_hook_is_caught_at_registration() -> None:
    class Tariffs:
        @hookimpl
        def extract_tarifs(self, doc: object) -> None: ...

    with pytest.raises(
        PluginError, match="plugin 'tariffs' implements 'extract_tarifs', which is not a tradecorpus hook"
    ) as info:
        make_plugin_manager(entry_points=False, plugins={"tariffs": Tariffs()})
    assert (info.value.plugin, info.value.hook) == ("tariffs", "extract_tarifs")


def test_optional_hooks_outside_the_spec_are_allowed() -> None:
    class Future:
        @hookimpl(optionalhook=True)
        def extract_rates(self, doc: object) -> None: ...

    assert make_plugin_manager(entry_points=False, plugins={"future": Future()}).has_plugin("future")


def test_argument_the_hook_does_not_provide_is_caught() -> None:
    class Wrong:
        @hookimpl
        def extract_money(self, document: object) -> None: ...

    with pytest.raises(PluginError, match=r"plugin 'wrong' does not fit a hook: .*\{'document'\}"):
        make_plugin_manager(entry_points=False, plugins={"wrong": Wrong()})


def test_hook_wrappers_are_refused() -> None:
    class Wrapper:
        @hookimpl(wrapper=True)
        def extract_money(self, doc: object) -> object:
            return (yield)

    with pytest.raises(PluginError, match="marks 'extract_money' as a hook wrapper"):
        make_plugin_manager(entry_points=False, plugins={"wrapper": Wrapper()})


def test_two_plugins_cannot_share_a_name() -> None:
    class Reader:
        @hookimpl
        def extract_money(self, doc: object) -> None: ...

    with pytest.raises(
        PluginError, match=r"plugin name 'reader' \(passed in\) is already taken by the built-in plugin$"
    ):
        make_plugin_manager(entry_points=False, plugins={"reader": Reader()})


def test_passed_plugins_are_named_and_can_be_disabled() -> None:
    class Tariffs:
        @hookimpl
        def extract_extras(self, doc: object) -> list[str]:
            return ["x"]

    pm = make_plugin_manager(entry_points=False, plugins=[Tariffs()])
    assert pm.has_plugin("tariffs")
    assert (
        make_plugin_manager(entry_points=False, plugins=[Tariffs()], disable=["tariffs"]).get_plugin(
            "tariffs"
        )
        is None
    )


def test_plugin_name_of_modules_classes_and_instances() -> None:
    import tradecorpus.reader as module

    class Rates: ...

    assert plugin_name(module) == "reader"
    assert plugin_name(Rates) == "rates"
    assert plugin_name(Rates()) == "rates"
