{{- define "vdp.name" -}}
{{- default .Release.Name .Values.plugin.name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "vdp.labels" -}}
app.kubernetes.io/name: {{ include "vdp.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: {{ include "vdp.name" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "vdp.selectorLabels" -}}
app.kubernetes.io/name: {{ include "vdp.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "vdp.certSecret" -}}
{{ include "vdp.name" . }}-cert
{{- end -}}

{{- define "vdp.backendName" -}}
{{ include "vdp.name" . | trunc 55 | trimSuffix "-" }}-backend
{{- end -}}

{{- define "vdp.backendSelectorLabels" -}}
app.kubernetes.io/name: {{ include "vdp.backendName" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "vdp.backendLabels" -}}
{{ include "vdp.backendSelectorLabels" . }}
app.kubernetes.io/part-of: {{ include "vdp.name" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}
