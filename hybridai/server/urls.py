from django.urls import path

from hybridai.server.api import api

urlpatterns = [path("", api.urls)]
