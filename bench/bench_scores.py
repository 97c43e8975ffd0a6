"""Extraction and tagging scores on every labelled split: the seeds, the 25 shared excerpts, the
splits rules are developed against (tune; check, check2 and holdout, earlier held-out splits,
examined once they had been scored; holdout3, opened when half of the batch became holdout4;
holdout5 … holdout125, every odd number, each opened when the other half of its batch became the
even split after it), and the held-out splits holdout2, holdout4 … holdout126, every even number
(score them, never tune on them).

Each line is what `python -m cityplans evaluate` prints in summary form for that split.
"""

from __future__ import annotations

from pathlib import Path

import cityplans as cp
from cityplans.evaluate import describe, evaluate, read_doc_gold, read_gold

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
SPLITS = {  # name -> (gold folder, documents)
    "seeds": (CORPUS / "seeds", ROOT / "seeds"),
    "dev25": (CORPUS / "dev25", CORPUS / "dev25" / "docs"),
    "tune": (CORPUS / "tune", CORPUS / "tune" / "docs"),
    "check": (CORPUS / "check", CORPUS / "check" / "docs"),
    "check2": (CORPUS / "check2", CORPUS / "check2" / "docs"),
    "holdout": (CORPUS / "holdout", CORPUS / "holdout" / "docs"),
    "holdout2": (CORPUS / "holdout2", CORPUS / "holdout2" / "docs"),
    "holdout3": (CORPUS / "holdout3", CORPUS / "holdout3" / "docs"),
    "holdout4": (CORPUS / "holdout4", CORPUS / "holdout4" / "docs"),
    "holdout5": (CORPUS / "holdout5", CORPUS / "holdout5" / "docs"),
    "holdout6": (CORPUS / "holdout6", CORPUS / "holdout6" / "docs"),
    "holdout7": (CORPUS / "holdout7", CORPUS / "holdout7" / "docs"),
    "holdout8": (CORPUS / "holdout8", CORPUS / "holdout8" / "docs"),
    "holdout9": (CORPUS / "holdout9", CORPUS / "holdout9" / "docs"),
    "holdout10": (CORPUS / "holdout10", CORPUS / "holdout10" / "docs"),
    "holdout11": (CORPUS / "holdout11", CORPUS / "holdout11" / "docs"),
    "holdout12": (CORPUS / "holdout12", CORPUS / "holdout12" / "docs"),
    "holdout13": (CORPUS / "holdout13", CORPUS / "holdout13" / "docs"),
    "holdout14": (CORPUS / "holdout14", CORPUS / "holdout14" / "docs"),
    "holdout15": (CORPUS / "holdout15", CORPUS / "holdout15" / "docs"),
    "holdout16": (CORPUS / "holdout16", CORPUS / "holdout16" / "docs"),
    "holdout17": (CORPUS / "holdout17", CORPUS / "holdout17" / "docs"),
    "holdout18": (CORPUS / "holdout18", CORPUS / "holdout18" / "docs"),
    "holdout19": (CORPUS / "holdout19", CORPUS / "holdout19" / "docs"),
    "holdout20": (CORPUS / "holdout20", CORPUS / "holdout20" / "docs"),
    "holdout21": (CORPUS / "holdout21", CORPUS / "holdout21" / "docs"),
    "holdout22": (CORPUS / "holdout22", CORPUS / "holdout22" / "docs"),
    "holdout23": (CORPUS / "holdout23", CORPUS / "holdout23" / "docs"),
    "holdout24": (CORPUS / "holdout24", CORPUS / "holdout24" / "docs"),
    "holdout25": (CORPUS / "holdout25", CORPUS / "holdout25" / "docs"),
    "holdout26": (CORPUS / "holdout26", CORPUS / "holdout26" / "docs"),
    "holdout27": (CORPUS / "holdout27", CORPUS / "holdout27" / "docs"),
    "holdout28": (CORPUS / "holdout28", CORPUS / "holdout28" / "docs"),
    "holdout29": (CORPUS / "holdout29", CORPUS / "holdout29" / "docs"),
    "holdout30": (CORPUS / "holdout30", CORPUS / "holdout30" / "docs"),
    "holdout31": (CORPUS / "holdout31", CORPUS / "holdout31" / "docs"),
    "holdout32": (CORPUS / "holdout32", CORPUS / "holdout32" / "docs"),
    "holdout33": (CORPUS / "holdout33", CORPUS / "holdout33" / "docs"),
    "holdout34": (CORPUS / "holdout34", CORPUS / "holdout34" / "docs"),
    "holdout35": (CORPUS / "holdout35", CORPUS / "holdout35" / "docs"),
    "holdout36": (CORPUS / "holdout36", CORPUS / "holdout36" / "docs"),
    "holdout37": (CORPUS / "holdout37", CORPUS / "holdout37" / "docs"),
    "holdout38": (CORPUS / "holdout38", CORPUS / "holdout38" / "docs"),
    "holdout39": (CORPUS / "holdout39", CORPUS / "holdout39" / "docs"),
    "holdout40": (CORPUS / "holdout40", CORPUS / "holdout40" / "docs"),
    "holdout41": (CORPUS / "holdout41", CORPUS / "holdout41" / "docs"),
    "holdout42": (CORPUS / "holdout42", CORPUS / "holdout42" / "docs"),
    "holdout43": (CORPUS / "holdout43", CORPUS / "holdout43" / "docs"),
    "holdout44": (CORPUS / "holdout44", CORPUS / "holdout44" / "docs"),
    "holdout45": (CORPUS / "holdout45", CORPUS / "holdout45" / "docs"),
    "holdout46": (CORPUS / "holdout46", CORPUS / "holdout46" / "docs"),
    "holdout47": (CORPUS / "holdout47", CORPUS / "holdout47" / "docs"),
    "holdout48": (CORPUS / "holdout48", CORPUS / "holdout48" / "docs"),
    "holdout49": (CORPUS / "holdout49", CORPUS / "holdout49" / "docs"),
    "holdout50": (CORPUS / "holdout50", CORPUS / "holdout50" / "docs"),
    "holdout51": (CORPUS / "holdout51", CORPUS / "holdout51" / "docs"),
    "holdout52": (CORPUS / "holdout52", CORPUS / "holdout52" / "docs"),
    "holdout53": (CORPUS / "holdout53", CORPUS / "holdout53" / "docs"),
    "holdout54": (CORPUS / "holdout54", CORPUS / "holdout54" / "docs"),
    "holdout55": (CORPUS / "holdout55", CORPUS / "holdout55" / "docs"),
    "holdout56": (CORPUS / "holdout56", CORPUS / "holdout56" / "docs"),
    "holdout57": (CORPUS / "holdout57", CORPUS / "holdout57" / "docs"),
    "holdout58": (CORPUS / "holdout58", CORPUS / "holdout58" / "docs"),
    "holdout59": (CORPUS / "holdout59", CORPUS / "holdout59" / "docs"),
    "holdout60": (CORPUS / "holdout60", CORPUS / "holdout60" / "docs"),
    "holdout61": (CORPUS / "holdout61", CORPUS / "holdout61" / "docs"),
    "holdout62": (CORPUS / "holdout62", CORPUS / "holdout62" / "docs"),
    "holdout63": (CORPUS / "holdout63", CORPUS / "holdout63" / "docs"),
    "holdout64": (CORPUS / "holdout64", CORPUS / "holdout64" / "docs"),
    "holdout65": (CORPUS / "holdout65", CORPUS / "holdout65" / "docs"),
    "holdout66": (CORPUS / "holdout66", CORPUS / "holdout66" / "docs"),
    "holdout67": (CORPUS / "holdout67", CORPUS / "holdout67" / "docs"),
    "holdout68": (CORPUS / "holdout68", CORPUS / "holdout68" / "docs"),
    "holdout69": (CORPUS / "holdout69", CORPUS / "holdout69" / "docs"),
    "holdout70": (CORPUS / "holdout70", CORPUS / "holdout70" / "docs"),
    "holdout71": (CORPUS / "holdout71", CORPUS / "holdout71" / "docs"),
    "holdout72": (CORPUS / "holdout72", CORPUS / "holdout72" / "docs"),
    "holdout73": (CORPUS / "holdout73", CORPUS / "holdout73" / "docs"),
    "holdout74": (CORPUS / "holdout74", CORPUS / "holdout74" / "docs"),
    "holdout75": (CORPUS / "holdout75", CORPUS / "holdout75" / "docs"),
    "holdout76": (CORPUS / "holdout76", CORPUS / "holdout76" / "docs"),
    "holdout77": (CORPUS / "holdout77", CORPUS / "holdout77" / "docs"),
    "holdout78": (CORPUS / "holdout78", CORPUS / "holdout78" / "docs"),
    "holdout79": (CORPUS / "holdout79", CORPUS / "holdout79" / "docs"),
    "holdout80": (CORPUS / "holdout80", CORPUS / "holdout80" / "docs"),
    "holdout81": (CORPUS / "holdout81", CORPUS / "holdout81" / "docs"),
    "holdout82": (CORPUS / "holdout82", CORPUS / "holdout82" / "docs"),
    "holdout83": (CORPUS / "holdout83", CORPUS / "holdout83" / "docs"),
    "holdout84": (CORPUS / "holdout84", CORPUS / "holdout84" / "docs"),
    "holdout85": (CORPUS / "holdout85", CORPUS / "holdout85" / "docs"),
    "holdout86": (CORPUS / "holdout86", CORPUS / "holdout86" / "docs"),
    "holdout87": (CORPUS / "holdout87", CORPUS / "holdout87" / "docs"),
    "holdout88": (CORPUS / "holdout88", CORPUS / "holdout88" / "docs"),
    "holdout89": (CORPUS / "holdout89", CORPUS / "holdout89" / "docs"),
    "holdout90": (CORPUS / "holdout90", CORPUS / "holdout90" / "docs"),
    "holdout91": (CORPUS / "holdout91", CORPUS / "holdout91" / "docs"),
    "holdout92": (CORPUS / "holdout92", CORPUS / "holdout92" / "docs"),
    "holdout93": (CORPUS / "holdout93", CORPUS / "holdout93" / "docs"),
    "holdout94": (CORPUS / "holdout94", CORPUS / "holdout94" / "docs"),
    "holdout95": (CORPUS / "holdout95", CORPUS / "holdout95" / "docs"),
    "holdout96": (CORPUS / "holdout96", CORPUS / "holdout96" / "docs"),
    "holdout97": (CORPUS / "holdout97", CORPUS / "holdout97" / "docs"),
    "holdout98": (CORPUS / "holdout98", CORPUS / "holdout98" / "docs"),
    "holdout99": (CORPUS / "holdout99", CORPUS / "holdout99" / "docs"),
    "holdout100": (CORPUS / "holdout100", CORPUS / "holdout100" / "docs"),
    "holdout101": (CORPUS / "holdout101", CORPUS / "holdout101" / "docs"),
    "holdout102": (CORPUS / "holdout102", CORPUS / "holdout102" / "docs"),
    "holdout103": (CORPUS / "holdout103", CORPUS / "holdout103" / "docs"),
    "holdout104": (CORPUS / "holdout104", CORPUS / "holdout104" / "docs"),
    "holdout105": (CORPUS / "holdout105", CORPUS / "holdout105" / "docs"),
    "holdout106": (CORPUS / "holdout106", CORPUS / "holdout106" / "docs"),
    "holdout107": (CORPUS / "holdout107", CORPUS / "holdout107" / "docs"),
    "holdout108": (CORPUS / "holdout108", CORPUS / "holdout108" / "docs"),
    "holdout109": (CORPUS / "holdout109", CORPUS / "holdout109" / "docs"),
    "holdout110": (CORPUS / "holdout110", CORPUS / "holdout110" / "docs"),
    "holdout111": (CORPUS / "holdout111", CORPUS / "holdout111" / "docs"),
    "holdout112": (CORPUS / "holdout112", CORPUS / "holdout112" / "docs"),
    "holdout113": (CORPUS / "holdout113", CORPUS / "holdout113" / "docs"),
    "holdout114": (CORPUS / "holdout114", CORPUS / "holdout114" / "docs"),
    "holdout115": (CORPUS / "holdout115", CORPUS / "holdout115" / "docs"),
    "holdout116": (CORPUS / "holdout116", CORPUS / "holdout116" / "docs"),
    "holdout117": (CORPUS / "holdout117", CORPUS / "holdout117" / "docs"),
    "holdout118": (CORPUS / "holdout118", CORPUS / "holdout118" / "docs"),
    "holdout119": (CORPUS / "holdout119", CORPUS / "holdout119" / "docs"),
    "holdout120": (CORPUS / "holdout120", CORPUS / "holdout120" / "docs"),
    "holdout121": (CORPUS / "holdout121", CORPUS / "holdout121" / "docs"),
    "holdout122": (CORPUS / "holdout122", CORPUS / "holdout122" / "docs"),
    "holdout123": (CORPUS / "holdout123", CORPUS / "holdout123" / "docs"),
    "holdout124": (CORPUS / "holdout124", CORPUS / "holdout124" / "docs"),
    "holdout125": (CORPUS / "holdout125", CORPUS / "holdout125" / "docs"),
    "holdout126": (CORPUS / "holdout126", CORPUS / "holdout126" / "docs"),
}


def score(name: str):
    """The Evaluation of one split."""
    gold_dir, docs = SPLITS[name]
    corpus = cp.load_corpus([docs])
    tags = gold_dir / "docs_gold.jsonl"
    return evaluate(
        cp.extract_targets(corpus),
        read_gold(gold_dir / "gold.jsonl"),
        corpus.documents,
        read_doc_gold(tags) if tags.is_file() else None,
    )


def main() -> None:
    for name in SPLITS:
        n_docs = len(list(SPLITS[name][1].glob("*.txt")))
        print(f"== {name} ({n_docs} documents)")
        print(describe(score(name), details=False))


if __name__ == "__main__":
    main()
