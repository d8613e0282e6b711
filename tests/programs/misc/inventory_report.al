# Inventory management: records as dicts, restocking rules, grouping and a report.
inventory = [
    {"sku": "A100", "name": "bolt", "cat": "hardware", "qty": 120, "min": 50, "price": 0.10},
    {"sku": "A200", "name": "nut", "cat": "hardware", "qty": 30, "min": 60, "price": 0.05},
    {"sku": "B100", "name": "hammer", "cat": "tools", "qty": 4, "min": 5, "price": 12.50},
    {"sku": "B200", "name": "wrench", "cat": "tools", "qty": 9, "min": 3, "price": 8.75},
    {"sku": "C100", "name": "glue", "cat": "supplies", "qty": 0, "min": 10, "price": 3.20},
    {"sku": "C200", "name": "tape", "cat": "supplies", "qty": 25, "min": 10, "price": 1.99},
]
orders = [("A100", 70), ("B100", 4), ("C200", 30), ("B200", 2), ("Z999", 1), ("A200", 30)]
by_sku = {item["sku"]: item for item in inventory}
for sku, n in orders:
    item = by_sku.get(sku)
    if item is None:
        print(f"order {sku}: unknown item")
        continue
    if item["qty"] >= n:
        item["qty"] -= n
        print(f"order {sku}: shipped {n} {item['name']}")
    else:
        print(f"order {sku}: backordered ({item['qty']} < {n})")
restock = [(i["sku"], 2 * i["min"] - i["qty"]) for i in inventory if i["qty"] < i["min"]]
print("restock:", restock)
groups = {}
for item in inventory:
    groups.setdefault(item["cat"], []).append(item)
for cat in sorted(groups):
    items = groups[cat]
    value = sum(i["qty"] * i["price"] for i in items)
    names = ", ".join(sorted(i["name"] for i in items))
    print(f"{cat:<10}{len(items):>3} items {value:>9.2f}  [{names}]")
total = sum(i["qty"] * i["price"] for i in inventory)
print(f"total stock value: {total:,.2f}")
print("out of stock:", [i["name"] for i in inventory if i["qty"] == 0])
