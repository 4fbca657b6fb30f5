from alembic import context

from flashdesk.store.tables import load_tables

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=load_tables(),
                  render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
