import mp_service


def show(key):
    return "client sees " + mp_service.fetch(key)


def timeout_seen():
    return mp_service.TIMEOUT


def real(key):
    return mp_service.fetch_real(key)


def patch_service():
    mp_service.TIMEOUT = -1
    setattr(mp_service, "fetch", lambda key: "patched by client: " + key)
