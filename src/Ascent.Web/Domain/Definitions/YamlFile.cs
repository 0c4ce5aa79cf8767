using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ascent.Web.Domain.Definitions;

internal static class YamlFile
{
    /// The root node of a file that must hold exactly one YAML document, with parse errors given a line.
    public static YamlNode LoadSingle(string yaml, string file, string what)
    {
        var stream = new YamlStream();
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            throw new DefinitionException(file, e.Start.Line, e.Start.Column, $"not valid YAML: {e.Message}", e);
        }
        catch (Exception e)
        {
            // YamlDotNet throws some malformed input without a position; the scanner still knows where it stopped.
            var at = scanner.CurrentPosition;
            throw new DefinitionException(file, at.Line, at.Column, "not valid YAML: check for an unclosed bracket or quote on or before this line.", e);
        }

        return stream.Documents.Count switch
        {
            0 => throw new DefinitionException(file, 1, 1, $"the file has no {what} in it."),
            1 => stream.Documents[0].RootNode,
            _ => throw YamlMap.Error(file, stream.Documents[1].RootNode.Start, $"a file holds one {what}; start another file for the next one."),
        };
    }
}
