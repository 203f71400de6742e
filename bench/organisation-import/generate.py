#!/usr/bin/env python3
"""Writes synthetic directory files for the import benchmark: departments.json and employees-*.csv.

usage: generate.py OUT_DIR EMPLOYEES DEPARTMENTS [TRANSFER_PERCENT]
TRANSFER_PERCENT (default 3) also writes employees-transfers.csv: the full load with that share moved to
another department and nothing else changed (bench/directory-fanout).
Names are made up from a few syllables; no real person is described.
"""
import csv
import json
import os
import random
import sys

out, employees, departments = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
transfer_percent = int(sys.argv[4]) if len(sys.argv) > 4 else 3
rng = random.Random(20261123)
os.makedirs(out, exist_ok=True)

depts = [{"departmentCode": "D0000", "name": "本庁", "parentDepartmentCode": None,
          "appointingAuthority": "Governor", "effectiveFrom": "2000-04-01"}]
for i in range(1, departments):
    depts.append({"departmentCode": f"D{i:04d}", "name": f"第{i}課", "parentDepartmentCode": "D0000",
                  "appointingAuthority": "Governor", "effectiveFrom": "2000-04-01"})
with open(os.path.join(out, "departments.json"), "w", encoding="utf-8") as f:
    json.dump(depts, f, ensure_ascii=False)

kana = ["ア", "イ", "カ", "キ", "サ", "シ", "タ", "ナ", "ハ", "マ", "ヤ", "ラ", "ワ"]
kanji = ["試", "験", "仮", "名", "例", "模", "擬", "架", "空"]
header = ["employeeId", "nameKanji", "nameKana", "sex", "gradeCode", "employmentType",
          "appointingAuthority", "departmentCode", "joinedOn"]
rows = []
for i in range(employees):
    rows.append([f"E{i:07d}", "".join(rng.choice(kanji) for _ in range(4)), "".join(rng.choice(kana) for _ in range(6)),
                 rng.choice(["Female", "Male"]), f"G{rng.randint(1, 5)}", rng.choice(["Regular", "Regular", "FixedTerm"]),
                 "Governor", f"D{rng.randint(1, departments - 1):04d}", f"{rng.randint(1985, 2025)}-04-01"])


def write(name, data):
    with open(os.path.join(out, name), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(data)


write("employees-full.csv", rows)
# The next spring: 1% transferred, 1% gone, 1% new.
moved = [r[:] for r in rows]
for r in rng.sample(moved, employees // 100):
    r[7] = f"D{rng.randint(1, departments - 1):04d}"
gone = set(rng.sample(range(employees), employees // 100))
spring = [r for i, r in enumerate(moved) if i not in gone]
spring += [[f"N{i:07d}", "新規職員", "シンキ", "Female", "G1", "Regular", "Governor", "D0001", "2027-04-01"]
           for i in range(employees // 100)]
write("employees-next-year.csv", spring)

# Only transfers: TRANSFER_PERCENT of the staff move, each to a department other than their own.
transfers = [r[:] for r in rows]
for r in rng.sample(transfers, employees * transfer_percent // 100):
    r[7] = f"D{(int(r[7][1:]) % (departments - 1)) + 1:04d}"
write("employees-transfers.csv", transfers)
