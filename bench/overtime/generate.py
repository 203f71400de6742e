#!/usr/bin/env python3
"""Writes synthetic data for the Overtime benchmark: the directory (departments.json, employees.csv for the
Organisation import) and objective working-time records, the same rows twice: records.ndjson for the API
and records.csv for psql's \\copy.

usage: generate.py OUT_DIR RECORDS EMPLOYEES DEPARTMENTS FISCAL_YEAR

Ids only (E000001…, D0001…); the name columns the directory requires hold one placeholder for everyone.
Each employee gets RECORDS / EMPLOYEES records (one time-card span per day, never overlapping) spread over
the twelve months of the fiscal year (April to March); about one employee in twenty works long evenings and
some Saturdays, so monthly, annual and rolling limits and warning tiers are all reached by someone.
"""
import datetime as dt
import json
import os
import random
import sys

out, records, employees, departments, fiscal_year = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
rng = random.Random(20261124)
os.makedirs(out, exist_ok=True)

depts = [{"departmentCode": "D0000", "name": "D0000", "parentDepartmentCode": None,
          "appointingAuthority": "Governor", "effectiveFrom": "2000-04-01"}]
depts += [{"departmentCode": f"D{i:04d}", "name": f"D{i:04d}", "parentDepartmentCode": "D0000",
           "appointingAuthority": "Governor", "effectiveFrom": "2000-04-01"} for i in range(1, departments)]
with open(os.path.join(out, "departments.json"), "w", encoding="utf-8") as f:
    json.dump(depts, f, ensure_ascii=False)

with open(os.path.join(out, "employees.csv"), "w", encoding="utf-8", newline="") as f:
    f.write("employeeId,nameKanji,nameKana,sex,gradeCode,employmentType,appointingAuthority,departmentCode,joinedOn\n")
    for i in range(1, employees + 1):
        f.write(f"E{i:06d},職員,ショクイン,{'Female' if i % 2 else 'Male'},G{1 + i % 5},Regular,Governor,D{1 + i % (departments - 1):04d},2010-04-01\n")

# Working days (Mon–Fri) and Saturdays of each month of the fiscal year.
months = [(fiscal_year + (1 if m > 12 else 0), (m - 1) % 12 + 1) for m in range(4, 16)]
weekdays, saturdays = {}, {}
for y, m in months:
    d = dt.date(y, m, 1)
    while d.month == m:
        if d.weekday() < 6:
            (weekdays if d.weekday() < 5 else saturdays).setdefault((y, m), []).append(d)
        d += dt.timedelta(days=1)

per_employee = records // employees
extra = records - per_employee * employees  # the first `extra` employees get one more
written = 0
with open(os.path.join(out, "records.ndjson"), "w", encoding="utf-8") as nd, \
        open(os.path.join(out, "records.csv"), "w", encoding="utf-8") as cs:
    cs.write("employeeId,source,externalId,workDate,startedAt,endedAt\n")
    nd_lines, cs_lines = [], []
    for i in range(1, employees + 1):
        eid = f"E{i:06d}"
        n = per_employee + (1 if i <= extra else 0)
        heavy = i % 20 == 0
        days = []
        for k, (y, m) in enumerate(months):
            take = n // 12 + (1 if k < n % 12 else 0)
            pool = weekdays[(y, m)] + (saturdays[(y, m)][:2] if heavy else [])
            days += rng.sample(pool, min(take, len(pool)))
        for d in days:
            start_min = 8 * 60 + rng.randint(0, 40)
            end_min = (17 * 60 + 15 + rng.randint(0, 60 * 6 if heavy else 150)) if d.weekday() < 5 else 9 * 60 + 60 * rng.randint(4, 9)
            if d.weekday() == 5:
                start_min = 9 * 60
            ds = d.isoformat()
            sa = f"{ds}T{start_min // 60:02d}:{start_min % 60:02d}:00+09:00"
            ea = f"{ds}T{end_min // 60:02d}:{end_min % 60:02d}:00+09:00"
            xid = f"TC-{eid}-{ds}"
            nd_lines.append(f'{{"employeeId":"{eid}","source":"TimeCard","externalId":"{xid}","workDate":"{ds}","startedAt":"{sa}","endedAt":"{ea}"}}\n')
            cs_lines.append(f"{eid},TimeCard,{xid},{ds},{sa},{ea}\n")
            written += 1
        if len(nd_lines) >= 100_000:
            nd.writelines(nd_lines)
            cs.writelines(cs_lines)
            nd_lines.clear()
            cs_lines.clear()
    nd.writelines(nd_lines)
    cs.writelines(cs_lines)
print(written)
