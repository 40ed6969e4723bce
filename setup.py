"""Packaging that pyproject.toml cannot state: the course datasets (datasets/, outside the package folder)
are shipped inside the package as workbench/datasets, which `workbench.data.datasets_root` finds when the
workbench is installed rather than run from a checkout. Everything else is in pyproject.toml."""

from setuptools import find_namespace_packages, setup

packages = find_namespace_packages(include=["workbench*"], exclude=["workbench.datasets*"])
setup(packages=packages + ["workbench.datasets"], package_dir={"workbench.datasets": "datasets"})
