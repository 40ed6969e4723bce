"""JupyterHub deployment: the Zero to JupyterHub values, the model cache, the exchange, nbgitpuller links.

No Kubernetes and no Helm here, and the chart's values.schema.json is not published on PyPI, npm
or apt, so these tests check structure instead: the keys are ones the chart (4.x) knows, the GPU
profile really asks for a GPU and lands on GPU nodes, every volume a pod mounts exists, and the
pieces that must agree (paths, names, the repository) do. `helm lint` is the admin's first step.
"""

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

# one worker runs this module's tests: they share an expensive module-scoped fixture (pytest -n 2)
pytestmark = pytest.mark.xdist_group("deploy")

ROOT = Path(__file__).resolve().parent.parent
Z2JH = ROOT / "deploy" / "z2jh"


def _script(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return module


links = _script("nbgitpuller_link")
colab = _script("colab_cells")

# Keys of the chart's values.schema.yaml (additionalProperties: false at these levels), chart 4.x.
CHART_TOP = {"enabled", "fullnameOverride", "nameOverride", "imagePullSecret", "imagePullSecrets", "hub", "proxy",
             "singleuser", "scheduling", "ingress", "httpRoute", "prePuller", "custom", "cull", "debug", "rbac", "global"}
CHART_SINGLEUSER = {"networkPolicy", "podNameTemplate", "cpu", "memory", "image", "initContainers", "profileList",
                    "extraFiles", "extraEnv", "nodeSelector", "extraTolerations", "extraNodeAffinity",
                    "extraPodAffinity", "extraPodAntiAffinity", "cloudMetadata", "cmd", "defaultUrl", "events",
                    "extraAnnotations", "extraContainers", "extraLabels", "extraPodConfig", "extraResource", "fsGid",
                    "lifecycleHooks", "networkTools", "serviceAccountName", "startTimeout", "storage",
                    "allowPrivilegeEscalation", "uid"}
CHART_STORAGE = {"capacity", "dynamic", "extraLabels", "extraVolumeMounts", "extraVolumes", "homeMountPath", "static", "type"}
CHART_CULL = {"enabled", "users", "adminUsers", "removeNamedServers", "timeout", "every", "concurrency", "maxAge"}
CHART_PREPULLER = {"revisionHistoryLimit", "labels", "annotations", "resources", "extraTolerations", "hook",
                   "continuous", "pullProfileListImages", "extraImages", "containerSecurityContext", "pause"}
# KubeSpawner traits a profile may override (kubespawner_override); a typo here is silently ignored by the hub
KUBESPAWNER_TRAITS = {"image", "cpu_limit", "cpu_guarantee", "mem_limit", "mem_guarantee", "extra_resource_limits",
                      "extra_resource_guarantees", "node_selector", "tolerations", "volumes", "volume_mounts",
                      "environment", "default_url", "extra_pod_config", "lifecycle_hooks", "init_containers"}


@pytest.fixture(scope="module")
def values():
    return yaml.safe_load((Z2JH / "values.yaml").read_text(encoding="utf-8"))


def _documents(name):
    return [d for d in yaml.safe_load_all((Z2JH / name).read_text(encoding="utf-8")) if d]


def _profile(values, slug):
    return next(p for p in values["singleuser"]["profileList"] if p.get("slug") == slug)


def test_values_use_only_keys_the_chart_knows(values):
    # catches: a misspelt or misplaced key, which helm rejects (schema) or, below profiles, ignores silently
    assert set(values) <= CHART_TOP, set(values) - CHART_TOP
    assert set(values["singleuser"]) <= CHART_SINGLEUSER, set(values["singleuser"]) - CHART_SINGLEUSER
    assert set(values["singleuser"]["storage"]) <= CHART_STORAGE
    assert set(values["cull"]) <= CHART_CULL
    assert set(values["prePuller"]) <= CHART_PREPULLER
    for profile in values["singleuser"]["profileList"]:
        assert set(profile.get("kubespawner_override", {})) <= KUBESPAWNER_TRAITS, profile["slug"]


def test_profiles_offer_cpu_by_default_and_a_gpu(values):
    # catches: no default profile (the spawn form has no choice preselected) or a profile without a name
    profiles = values["singleuser"]["profileList"]
    assert [p["slug"] for p in profiles if p.get("default")] == ["cpu"]
    assert len({p["slug"] for p in profiles}) == len(profiles)
    assert all(p.get("display_name") and p.get("description") for p in profiles)


def test_gpu_profile_requests_a_gpu_on_gpu_nodes_with_the_cuda_image(values):
    # catches: a "GPU" profile that schedules on CPU nodes, cannot tolerate the GPU taint, or runs the CPU torch
    override = _profile(values, "gpu")["kubespawner_override"]
    assert override["extra_resource_limits"] == {"nvidia.com/gpu": "1"}  # a quantity string, as k8s expects
    assert any(t["key"] == "nvidia.com/gpu" and t["effect"] == "NoSchedule" for t in override["tolerations"])
    assert override["node_selector"], "GPU pods need a node selector for GPU nodes"
    cpu_image = f"{values['singleuser']['image']['name']}:{values['singleuser']['image']['tag']}"
    assert override["image"] != cpu_image, "the CPU image has torch+cpu: the GPU would be invisible"
    assert _memory_gb(override["mem_limit"]) >= _memory_gb(values["singleuser"]["memory"]["limit"])


def _memory_gb(text):
    number, unit = re.fullmatch(r"([\d.]+)\s*([GM])i?", str(text)).groups()
    return float(number) / (1024 if unit == "M" else 1)


def test_instructor_profile_is_hidden_from_learners(values):
    # catches: the hub's extra config failing to load, or learners seeing the instructor's profile
    from traitlets.config import Config

    c = Config()
    c.KubeSpawner.profile_list = values["singleuser"]["profileList"]
    for source in values["hub"]["extraConfig"].values():
        exec(compile(source, "extraConfig", "exec"), {"c": c})
    choose = c.KubeSpawner.profile_list
    learner = SimpleNamespace(user=SimpleNamespace(admin=False))
    admin = SimpleNamespace(user=SimpleNamespace(admin=True))
    assert "instructor" not in [p["slug"] for p in choose(learner)]
    assert "instructor" in [p["slug"] for p in choose(admin)]
    assert c.KubeSpawner.working_dir == values["singleuser"]["storage"]["homeMountPath"]


def test_pytorch_threads_match_each_profiles_cpu_limit(values):
    # catches: PyTorch starting one thread per node core in a pod limited to a few (slow, and more memory)
    base_threads = int(values["singleuser"]["extraEnv"]["OMP_NUM_THREADS"])
    assert base_threads == values["singleuser"]["cpu"]["limit"]
    for profile in values["singleuser"]["profileList"]:
        override = profile.get("kubespawner_override", {})
        threads = int(override.get("environment", {}).get("OMP_NUM_THREADS", base_threads))
        assert threads == override.get("cpu_limit", values["singleuser"]["cpu"]["limit"]), profile["slug"]


def test_every_mount_has_a_volume_and_shm_is_in_memory(values):
    # catches: a volumeMount naming no volume (pods fail to start), or /dev/shm left at Docker's 64 MB
    storage = values["singleuser"]["storage"]
    volumes = {v["name"]: v for v in storage["extraVolumes"]}
    mounts = {m["mountPath"]: m for m in storage["extraVolumeMounts"]}
    assert all(m["name"] in volumes for m in mounts.values())
    assert volumes[mounts["/dev/shm"]["name"]]["emptyDir"]["medium"] == "Memory"


def test_model_cache_is_shared_read_only_and_is_where_the_hub_cache_points(values):
    # catches: learners each downloading the same weights, or writing into (and corrupting) the shared cache
    storage = values["singleuser"]["storage"]
    volume = next(v for v in storage["extraVolumes"] if v["name"] == "model-cache")
    mount = next(m for m in storage["extraVolumeMounts"] if m["name"] == "model-cache")
    assert mount["readOnly"] is True and volume["persistentVolumeClaim"]["readOnly"] is True
    env = values["singleuser"]["extraEnv"]
    assert env["HF_HUB_CACHE"].startswith(mount["mountPath"] + "/")
    assert env["HF_HUB_OFFLINE"] == "1"  # a read-only cache cannot take downloads: say so instead of trying
    claims = {d["metadata"]["name"]: d for d in _documents("model-cache.yaml") if d["kind"] == "PersistentVolumeClaim"}
    assert claims[volume["persistentVolumeClaim"]["claimName"]]["spec"]["accessModes"] == ["ReadOnlyMany"]


def test_model_cache_job_fills_the_same_cache_with_registered_models(values):
    # catches: the Job writing where pods do not read, or a model name the workbench does not know
    from workbench import models

    docs = _documents("model-cache.yaml")
    job = next(d for d in docs if d["kind"] == "Job")
    pod = job["spec"]["template"]["spec"]
    container = pod["containers"][0]
    env = {e["name"]: e.get("value") for e in container["env"]}
    assert env["HF_HUB_CACHE"] == values["singleuser"]["extraEnv"]["HF_HUB_CACHE"]
    assert "HF_HUB_OFFLINE" not in env
    names = [arg for arg in container["command"][3:]]
    assert names and all(n in models.REGISTRY or models._HUB_ID.match(n) for n in names), names
    claim = pod["volumes"][0]["persistentVolumeClaim"]["claimName"]
    writer = next(d for d in docs if d["kind"] == "PersistentVolumeClaim" and d["metadata"]["name"] == claim)
    assert writer["spec"]["accessModes"] == ["ReadWriteMany"]
    pvs = {d["metadata"]["name"]: d["spec"] for d in docs if d["kind"] == "PersistentVolume"}
    assert pvs["course-model-cache"]["nfs"] == {**pvs["course-model-cache-writer"]["nfs"], "readOnly": True}
    image = values["singleuser"]["image"]
    assert container["image"] == f"{image['name']}:{image['tag']}"
    assert pod["securityContext"]["runAsUser"] == 1000  # files owned by jovyan, readable in user pods


def test_nbgrader_exchange_is_a_shared_volume_where_nbgrader_looks(values):
    # catches: an exchange on per-pod disk (students cannot submit) or nbgrader looking in another folder
    storage = values["singleuser"]["storage"]
    mount = next(m for m in storage["extraVolumeMounts"] if m["name"] == "nbgrader-exchange")
    volume = next(v for v in storage["extraVolumes"] if v["name"] == "nbgrader-exchange")
    (claim,) = _documents("nbgrader-exchange.yaml")
    assert claim["metadata"]["name"] == volume["persistentVolumeClaim"]["claimName"]
    assert claim["spec"]["accessModes"] == ["ReadWriteMany"]
    config_file = values["singleuser"]["extraFiles"]["nbgrader-config"]
    from traitlets.config import Config

    c = Config()
    exec(compile(config_file["stringData"], "nbgrader_config.py", "exec"), {"get_config": lambda: c})
    assert c.Exchange.root == mount["mountPath"]
    assert c.CourseDirectory.course_id == "build-your-own-ai"
    assert config_file["mountPath"] == "/etc/jupyter/nbgrader_config.py"


def test_culling_stops_idle_servers(values):
    # catches: GPU servers left running all night
    cull = values["cull"]
    assert cull["enabled"] is True and 0 < cull["timeout"] <= 4 * 3600 and cull["every"] <= cull["timeout"]
    assert cull.get("maxAge", 0) > cull["timeout"]


def test_login_pulls_the_course_with_nbgitpuller_into_the_links_folder(values):
    # catches: the postStart hook and the nbgitpuller links disagreeing on repository, branch or folder,
    # or a failed pull keeping the learner's server from starting
    command = values["singleuser"]["lifecycleHooks"]["postStart"]["exec"]["command"]
    assert command[:2] == ["sh", "-c"]
    words = command[2].split()
    pull = words[words.index("gitpuller"):]
    assert pull[1:4] == [colab.repository_url(), colab.BRANCH, links.clone_folder(colab.repository_url())]
    assert command[2].rstrip().endswith("|| true")
    assert f"cd {values['singleuser']['storage']['homeMountPath']}" in command[2]


def test_gpu_image_installs_the_same_torch_version_as_binder():
    # catches: the GPU image drifting from the CPU image's torch (one set of pins: binder/requirements.txt and the GPU image)
    dockerfile = (ROOT / "deploy" / "gpu-image" / "Dockerfile").read_text(encoding="utf-8")
    gpu = re.search(r'"torch==([\d.]+)"', dockerfile)[1]
    cpu = re.search(r"torch==([\d.]+)\+cpu", (ROOT / "binder" / "requirements.txt").read_text(encoding="utf-8"))[1]
    assert gpu == cpu
    assert "pip uninstall --yes torch" in dockerfile  # 2.13.0+cpu satisfies ==2.13.0: pip would keep the CPU build


# --- nbgitpuller links -------------------------------------------------------------------------------------


def test_link_has_nbgitpuller_form_and_round_trips():
    # catches: a link nbgitpuller cannot read (wrong path, unencoded repo URL, lost Vietnamese file name)
    path = "course/level1_leaders/Bài học 1 & 2.ipynb"
    url = links.link("https://hub.example.org", path, repo="https://github.com/o/khoa-hoc", branch="main")
    parts = urlsplit(url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "hub.example.org", "/hub/user-redirect/git-pull")
    query = parse_qs(parts.query, strict_parsing=True)
    assert query == {"repo": ["https://github.com/o/khoa-hoc"], "branch": ["main"], "targetpath": ["khoa-hoc"],
                     "urlpath": [f"lab/tree/khoa-hoc/{path}"]}
    assert "%2F" in parts.query and "%3A" in parts.query and " " not in url and "&2" not in url


def test_link_matches_nbgitpullers_own_generator_encoding():
    # catches: drift from the encoding nbgitpuller's link generator (URLSearchParams) produces
    node = shutil.which("node")
    if not node:
        pytest.skip("node is not installed; the generator's encoding is JavaScript's URLSearchParams")
    hub, path = "https://hub.example.org/jupyter/", "course/level2_users/Tiếng Việt (1).ipynb"
    repo = "https://github.com/o/r.git"
    js = ("const u = new URL(process.argv[1]); u.searchParams.set('repo', process.argv[2]);"
          "u.searchParams.set('urlpath', process.argv[3]); u.searchParams.set('branch', 'main');"
          "u.searchParams.set('targetpath', 'r'); u.pathname += 'hub/user-redirect/git-pull'; console.log(u.toString())")
    expected = subprocess.run([node, "-e", js, hub, repo, f"lab/tree/r/{path}"], capture_output=True, text=True,
                              check=True).stdout.strip()
    ours = links.link(hub, path, repo=repo)
    # URLSearchParams leaves "*" alone and encodes "~"; Python does the opposite; neither appears here
    assert ours == expected


def test_link_keeps_a_hub_base_path_and_rejects_a_bare_host():
    # catches: links that drop the hub's prefix (/jupyter/) or that point nowhere
    assert links.link("https://uni.edu/jupyter/", "").startswith("https://uni.edu/jupyter/hub/user-redirect/git-pull?")
    with pytest.raises(ValueError, match="JupyterHub's address"):
        links.link("hub.example.org", "course")
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "nbgitpuller_link.py"), "hub.example.org"],
                         capture_output=True, text=True)
    assert out.returncode == 2 and out.stderr.startswith("error: hub must be")


def test_link_for_every_lesson_opens_a_file_that_exists():
    # catches: links to lessons that were renamed or moved
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "nbgitpuller_link.py"), "https://hub.example.org",
                          "--all"], capture_output=True, text=True, check=True).stdout.splitlines()
    assert len(out) == len(colab.course_notebooks())
    for line in out:
        url = re.search(r"\((https://[^)]+)\)", line)[1]
        urlpath = parse_qs(urlsplit(url).query)["urlpath"][0]
        folder, rel = urlpath.removeprefix("lab/tree/").split("/", 1)
        assert folder == links.clone_folder(colab.repository_url()) and (ROOT / rel).is_file(), urlpath
