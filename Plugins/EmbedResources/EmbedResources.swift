import Foundation
import PackagePlugin

/// Compiles the files of Resources/ into the binary, so the executable needs no resource bundle
/// (kiosk installs copy one file).
@main
struct EmbedResources: BuildToolPlugin {
    /// Swift name → file under Resources/.
    static let files: KeyValuePairs<String, String> = [
        "rulesJSON": "rules.json",
        "trainingScenariosJSON": "training-scenarios.json",
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let resources = context.package.directoryURL.appending(path: "Resources")
        let output = context.pluginWorkDirectoryURL.appending(path: "Embedded.swift")
        let inputs = Self.files.map { resources.appending(path: $0.value) }
        return [
            .buildCommand(
                displayName: "Embedding Resources/ into \(target.name)",
                executable: try context.tool(named: "embed-resources").url,
                arguments: [output.path] + zip(Self.files, inputs).map { "\($0.0.key)=\($0.1.path)" },
                inputFiles: inputs,
                outputFiles: [output]),
        ]
    }
}
