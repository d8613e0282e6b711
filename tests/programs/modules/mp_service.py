TIMEOUT = 10


def lookup(key):
    return key * 3


def fetch_real(key):
    return "real:" + lookup(key)


def fetch(key):
    return fetch_real(key)


def fetch_twice(key):
    return [fetch(key), fetch(key)]


def settings():
    return {"timeout": TIMEOUT}
