"""Unlabeled support emails for the continued-pretraining comparison (issue: a lever organisations have).

An organisation has many unlabeled tickets and few labeled ones. This writes N emails composed only from
the *training* split's pieces of datasets/support_emails (the same generator, another seed), as
{"text": ...} lines without their category, so that `workbench pretrain --continue-from` can read them.
Validation and test pieces never appear, so the comparison's held-out emails stay unseen.

    python bench/unlabeled_emails.py --n 12000 --out runs/unlabeled_emails.jsonl
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
from pathlib import Path

from workbench import data


def unlabeled_emails(n: int, seed: int = 7) -> list[str]:
    """`n` email texts (subject and body, as the model reads them) built from training pieces only."""
    spec = importlib.util.spec_from_file_location("support_emails_make",
                                                  data.datasets_root() / "support_emails" / "make.py")
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    pools = make.build_pools(random.Random(make.SEED))["train"]  # the split the labeled training emails use
    rng = random.Random(seed)
    texts = []
    for i in range(n):
        category = make.CATEGORIES[i % len(make.CATEGORIES)]
        core = rng.choice(pools["cores:" + category])
        record = {k: make.nfc(v) for k, v in make.compose(rng, pools, category, core).items()}
        texts.append(data.email_text(record))
    rng.shuffle(texts)
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=12000)
    parser.add_argument("--out", default="runs/unlabeled_emails.jsonl")
    args = parser.parse_args()
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in unlabeled_emails(args.n)),
                   encoding="utf-8")
    print(f"wrote {args.n} unlabeled emails to {out}")


if __name__ == "__main__":
    main()
