# datetime's objects pickle as CPython's C datetime does.
import pickle
import datetime

values = [datetime.date(2020, 1, 2), datetime.datetime(2021, 12, 31, 23, 59, 58, 999999),
          datetime.time(1, 2, 3, 4), datetime.timedelta(days=-1, seconds=5, microseconds=7),
          datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=5, minutes=30), "IST"),
          datetime.datetime(2020, 6, 1, 12, tzinfo=datetime.timezone(datetime.timedelta(hours=-3))),
          datetime.time(5, tzinfo=datetime.timezone.utc)]
for v in values:
    for proto in range(6):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, repr(v), data)
        assert back == v, back
print(pickle.loads(pickle.dumps(datetime.datetime(2020, 1, 1, fold=1), 4)).fold)
