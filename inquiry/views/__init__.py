"""One blueprint per area; views parse the request, call a service, render."""

from flask import Flask


def register_blueprints(app: Flask) -> None:
    from inquiry.views import (
        admin_audit,
        admin_users,
        annotations,
        auth,
        bundles,
        document_access,
        documents,
        entities,
        health,
        main,
        publications,
        registers,
        requests,
        review,
        search,
    )
    from inquiry.views.navigation import register_navigation

    for module in (auth, main, health, admin_users, admin_audit, documents, annotations,
                   document_access, registers, search, entities, review, publications,
                   requests, bundles):
        app.register_blueprint(module.bp)
    register_navigation(app)
