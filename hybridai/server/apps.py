from django.apps import AppConfig


class HybridAIServerConfig(AppConfig):
    name = "hybridai.server"
    label = "hybridai_server"
    verbose_name = "hybridai REST server"
    default_auto_field = "django.db.models.BigAutoField"
