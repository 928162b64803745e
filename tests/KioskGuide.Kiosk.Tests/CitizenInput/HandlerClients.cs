namespace KioskGuide.Kiosk.Tests.CitizenInput;

/// <summary>An <see cref="IHttpClientFactory"/> whose clients all send through one fake server handler.</summary>
internal sealed class HandlerClients(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
