"""The Flex Template's launcher turns --name=value parameters into flags."""

import importlib.util
import json

from tests.conftest import ROOT

TEMPLATE = ROOT / "deploy" / "flex-template"


def load_launcher():
    spec = importlib.util.spec_from_file_location("launch", TEMPLATE / "launch.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_flag_parameters_become_flags():
    launch = load_launcher()
    assert launch.flags_from_parameters(
        ["--feeds=gs://a/**", "--fetch_articles=true", "--allow_private_addresses=false",
         "--output=gs://b/out"]
    ) == ["--feeds=gs://a/**", "--fetch_articles", "--output=gs://b/out"]


def test_every_template_parameter_is_a_monitor_option():
    from apache_beam.options.pipeline_options import PipelineOptions

    from pipelines.options import MonitorOptions

    launch = load_launcher()
    metadata = json.loads((TEMPLATE / "metadata.json").read_text())
    values = {"fetch_articles": "true", "fetch_timeout": "5", "max_feed_bytes": "1000",
              "alerts_topic": "projects/p/topics/t"}
    argv = launch.flags_from_parameters(
        [f"--{p['name']}={values.get(p['name'], 'x')}" for p in metadata["parameters"]])
    options = PipelineOptions(argv).view_as(MonitorOptions)
    parsed = options.get_all_options(retain_unknown_options=False)
    for parameter in metadata["parameters"]:
        assert parsed[parameter["name"]] not in (None, False), parameter["name"]
