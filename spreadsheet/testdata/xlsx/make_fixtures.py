#!/usr/bin/python3
"""Fills in dendai's workbook template the way people do, with openpyxl, and
writes the JSON twin of each filled workbook.

Run by make_fixtures.sh (which also has LibreOffice rewrite the result);
not part of the build. Usage: make_fixtures.py TEMPLATE.xlsx OUTDIR
"""
import copy
import datetime
import json
import sys

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

template, outdir = sys.argv[1], sys.argv[2]

# The answers: statuses as the dropdown offers them (and one mark, as people
# also type), numbers typed as numbers, dates as dates.
LABELS = {"適合": "compliant", "一部適合": "partially_compliant", "不適合": "non_compliant",
          "該当なし": "not_applicable", "○": "compliant"}
special = {
    "1-1": {"status": "適合",
            "evidence": [("情報セキュリティ基本方針 第3版", "https://example.jp/policy.pdf"),
                         ("2026年度 取締役会議事録", "BOD-2026-04")],
            "comment": "取締役会で年1回見直し"},
    "1-2": {"status": "○"},
    "1-10": {"status": "不適合", "comment": "第三者認証（ISMS等）を未取得",
             "action": "ISMS（ISO/IEC 27001）認証を取得する", "owner": "経営企画部",
             "due": datetime.date(2027, 9, 30)},
    "1-30": {"status": "一部適合", "comment": "管理者アカウントのみ多要素認証",
             "action": "全アカウントに多要素認証を導入", "owner": "情報システム部",
             "due": datetime.date(2027, 3, 31)},
    "1-48": {"status": "該当なし", "justification": "スマートフォンアプリを提供していないため"},
}
cover = {
    "state": "提出済み",
    "assessedOn": datetime.date(2026, 11, 1),
    "subject.name.ja": "株式会社サンプルペイ",
    "subject.name.en": "Sample Pay Inc.",
    "subject.corporateNumber": 5010001112730,  # typed as a number
    "subject.registrationNumber": "関東財務局長（電代）第12号",
    "assessor.name": "山田 太郎",
    "assessor.organization": "株式会社サンプルペイ 情報セキュリティ室",
    "assessor.email": "t.yamada@example.jp",
}


def fill(wb, mangle=False):
    """Fills the workbook in; returns the JSON twin."""
    ws = wb.worksheets[0]
    doc = {"format": "dendai.assessment/v1"}
    for row in ws.iter_rows(min_row=1):
        key = row[1].value
        if key == "catalog":
            doc["catalog"] = row[2].value
        elif key == "catalogVersion":
            doc["catalogVersion"] = row[2].value
        elif key in cover:
            v = cover[key]
            row[2].value = v
            if isinstance(v, datetime.date):
                row[2].number_format = "yyyy/m/d"
    doc["state"] = "submitted"
    doc["assessedOn"] = cover["assessedOn"].isoformat()
    doc["subject"] = {"name": {"ja": cover["subject.name.ja"], "en": cover["subject.name.en"]},
                      "corporateNumber": str(cover["subject.corporateNumber"]),
                      "registrationNumber": cover["subject.registrationNumber"]}
    doc["assessor"] = {"name": cover["assessor.name"], "organization": cover["assessor.organization"],
                       "email": cover["assessor.email"]}
    responses = []
    ws = wb.worksheets[1]
    for row in ws.iter_rows(min_row=2):
        cid = row[0].value
        if not isinstance(cid, str) or "-" not in cid or row[2].value is None:
            continue  # a group heading
        a = special.get(cid, {"status": "適合"})
        r = {"criterion": cid, "status": LABELS[a["status"]]}
        row[3].value = a["status"]
        if "justification" in a:
            row[4].value = a["justification"]
            r["justification"] = a["justification"]
        if "evidence" in a:
            row[5].value = "\n".join(t + " | " + ref for t, ref in a["evidence"])
            r["evidence"] = [{"title": t, "ref": ref} for t, ref in a["evidence"]]
        if "comment" in a:
            row[6].value = a["comment"]
            r["comment"] = a["comment"]
        if "action" in a:
            row[7].value, row[8].value, row[9].value = a["action"], a["owner"], a["due"]
            row[9].number_format = "yyyy/m/d"
            r["remediation"] = {"action": a["action"], "owner": a["owner"], "due": a["due"].isoformat()}
        if mangle and cid == "1-12":
            # What Excel makes of 1-12 typed into a cell formatted General,
            # with the criterion's text deleted: a date.
            row[0].value = datetime.date(2026, 1, 12)
            row[0].number_format = "m月d日"
            row[2].value = None
        if mangle and cid == "1-20":
            row[3].value = '=IF(TRUE,"適合","不適合")'  # a formula in an answer cell
        if mangle and cid == "1-21":
            row[0].value = datetime.date(2026, 3, 3)  # no criterion 3-3: cannot be told back
            row[0].number_format = "m月d日"
            row[2].value = None
        responses.append(r)
    doc["responses"] = responses
    return doc


def save(name, epoch=None, mangle=False):
    wb = openpyxl.load_workbook(template)
    if epoch is not None:
        wb.epoch = epoch
    doc = fill(wb, mangle)
    wb.save(f"{outdir}/{name}.xlsx")
    if not mangle:
        with open(f"{outdir}/{name}.json", "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")


save("openpyxl-filled")
save("openpyxl-filled-1904", epoch=CALENDAR_MAC_1904)
save("openpyxl-mangled", mangle=True)
